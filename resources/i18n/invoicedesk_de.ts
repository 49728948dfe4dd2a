<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>Passwortspeicher</translation>
    </message>
    <message>
        <source>Demo data is ready: log in as admin, password admin-demo.</source>
        <translation>Die Demodaten sind bereit: Melden Sie sich als admin mit dem Passwort admin-demo an.</translation>
    </message>
    <message>
        <source>InvoiceDesk is set up. Log in with your new account.</source>
        <translation>InvoiceDesk ist eingerichtet. Melden Sie sich mit Ihrem neuen Konto an.</translation>
    </message>
</context>
<context>
    <name>ArticlesView</name>
    <message>
        <source>Number / SKU</source>
        <translation>Nummer / SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettopreis</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>piece (C62)</source>
        <translation>Stück (C62)</translation>
    </message>
    <message>
        <source>piece (H87)</source>
        <translation>Stück (H87)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>Kilogramm</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>Liter</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>Artikel {number}</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>e.g. A-1004 (the shop&apos;s SKU)</source>
        <translation>z. B. A-1004 (die SKU des Shops)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Decides the VAT abroad: reverse charge for services, a tax-free intra-EU supply or export for goods.</source>
        <translation>Entscheidet die Umsatzsteuer im Ausland: Reverse Charge für Leistungen, steuerfreie innergemeinschaftliche Lieferung oder Ausfuhr für Waren.</translation>
    </message>
    <message>
        <source>offered on new orders</source>
        <translation>bei neuen Aufträgen angeboten</translation>
    </message>
    <message>
        <source>VAT rate %</source>
        <translation>USt.-Satz %</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Imported from the shop {shop}; a new import may change it.</source>
        <translation>Aus dem Shop {shop} importiert; ein neuer Import kann ihn ändern.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>USt.-Satz</translation>
    </message>
    <message>
        <source>Article not saved</source>
        <translation>Artikel nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving article</source>
        <translation>Artikel wird gespeichert</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Search number or name…</source>
        <translation>Nummer oder Bezeichnung suchen…</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Neuer Artikel…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Loading articles</source>
        <translation>Artikel werden geladen</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>von Hand erfasst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The first {limit} articles are shown; refine the search to find others.</source>
        <translation>Die ersten {limit} Artikel werden angezeigt; verfeinern Sie die Suche, um andere zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Delete the article {number} ({name})?</source>
        <translation>Den Artikel {number} ({name}) löschen?</translation>
    </message>
    <message>
        <source>Article not deleted</source>
        <translation>Artikel nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleting article</source>
        <translation>Artikel wird gelöscht</translation>
    </message>
</context>
<context>
    <name>AuditPages</name>
    <message>
        <source>One-person office: the same user may check and approve</source>
        <translation>Ein-Personen-Büro: derselbe Benutzer darf prüfen und freigeben</translation>
    </message>
    <message>
        <source>Normally whoever uploaded or changed a supplier invoice may not check it, and whoever checked or changed it may not approve it (four-eyes rule). In a one-person office these rules are waived, and the history records every such self-check.</source>
        <translation>Normalerweise darf, wer eine Lieferantenrechnung hochgeladen oder geändert hat, sie nicht prüfen, und wer sie geprüft oder geändert hat, sie nicht freigeben (Vier-Augen-Prinzip). Im Ein-Personen-Büro entfallen diese Regeln, und der Verlauf vermerkt jede solche Selbstprüfung.</translation>
    </message>
    <message>
        <source>Approval limits count in</source>
        <translation>Freigabelimits gelten in</translation>
    </message>
    <message>
        <source>Approval rules</source>
        <translation>Freigaberegeln</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Nummernkreis</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>E-mail texts</source>
        <translation>E-Mail-Texte</translation>
    </message>
    <message>
        <source>Invoice PDF</source>
        <translation>Rechnungs-PDF</translation>
    </message>
    <message>
        <source>Login popup</source>
        <translation>Hinweis nach Anmeldung</translation>
    </message>
    <message>
        <source>Collective invoices</source>
        <translation>Sammelrechnungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>InvoiceDesk (set-up)</source>
        <translation>InvoiceDesk (Einrichtung)</translation>
    </message>
</context>
<context>
    <name>BillingPrint</name>
    <message>
        <source>Billing run</source>
        <translation>Abrechnungslauf</translation>
    </message>
    <message>
        <source>Billing run {run} — {scenario}</source>
        <translation>Abrechnungslauf {run} — {scenario}</translation>
    </message>
    <message>
        <source>Processed {processed}, failed {failed}, skipped {skipped}; total {total}</source>
        <translation>Verarbeitet {processed}, fehlgeschlagen {failed}, übersprungen {skipped}; Summe {total}</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BillingRulesForm</name>
    <message>
        <source>Order stage:</source>
        <translation>Auftragsphase:</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>Abschlussdatum:</translation>
    </message>
    <message>
        <source>All customer groups</source>
        <translation>Alle Kundengruppen</translation>
    </message>
    <message>
        <source>Customer group:</source>
        <translation>Kundengruppe:</translation>
    </message>
    <message>
        <source>Only orders approved for invoicing</source>
        <translation>Nur zur Abrechnung freigegebene Aufträge</translation>
    </message>
    <message>
        <source>Billing action:</source>
        <translation>Abrechnungsaktion:</translation>
    </message>
    <message>
        <source>Invoice date:</source>
        <translation>Rechnungsdatum:</translation>
    </message>
    <message>
        <source>Edit billing scenario</source>
        <translation>Abrechnungsszenario bearbeiten</translation>
    </message>
    <message>
        <source>New billing scenario</source>
        <translation>Neues Abrechnungsszenario</translation>
    </message>
    <message>
        <source>e.g. Closed orders last month</source>
        <translation>z. B. Abgeschlossene Aufträge im Vormonat</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Geben Sie dem Szenario einen Namen.</translation>
    </message>
</context>
<context>
    <name>BillingTable</name>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation>Rechnungsstatus</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>Click to open the invoice PDF</source>
        <translation>Klicken, um das Rechnungs-PDF zu öffnen</translation>
    </message>
    <message>
        <source>OK · e-mail would wait: {reason}</source>
        <translation>OK · E-Mail würde warten: {reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>BillingWizard</name>
    <message>
        <source>Billing run — Invoice Manager</source>
        <translation>Abrechnungslauf — Rechnungsmanager</translation>
    </message>
    <message>
        <source>Step 1 of 2 — Select a billing scenario</source>
        <translation>Schritt 1 von 2 — Abrechnungsszenario wählen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unfinished runs&lt;/b&gt; (cancelled or interrupted; resume them)</source>
        <translation>&lt;b&gt;Unfertige Läufe&lt;/b&gt; (abgebrochen oder unterbrochen; setzen Sie sie fort)</translation>
    </message>
    <message>
        <source>No unfinished runs: nothing to resume.</source>
        <translation>Keine unfertigen Läufe: nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Run {run} · {scenario} · {when} · {processed} processed, {open} to do, {failed} failed</source>
        <translation>Lauf {run} · {scenario} · {when} · {processed} verarbeitet, {open} offen, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation>kein Szenario</translation>
    </message>
    <message>
        <source>Loading billing scenarios</source>
        <translation>Abrechnungsszenarien werden geladen</translation>
    </message>
    <message>
        <source>Saving scenario</source>
        <translation>Szenario wird gespeichert</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Delete the scenario {name}?</source>
        <translation>Das Szenario {name} löschen?</translation>
    </message>
    <message>
        <source>Deleting scenario</source>
        <translation>Szenario wird gelöscht</translation>
    </message>
    <message>
        <source>Orders: {stages}</source>
        <translation>Aufträge: {stages}</translation>
    </message>
    <message>
        <source>, closed {first}–{last}</source>
        <translation>, abgeschlossen {first}–{last}</translation>
    </message>
    <message>
        <source>, customer group {group}</source>
        <translation>, Kundengruppe {group}</translation>
    </message>
    <message>
        <source>, approved for invoicing</source>
        <translation>, zur Abrechnung freigegeben</translation>
    </message>
    <message>
        <source>Step 2 of 2 — {name}: set the rules and fetch</source>
        <translation>Schritt 2 von 2 — {name}: Regeln festlegen und abrufen</translation>
    </message>
    <message>
        <source>Fetch orders</source>
        <translation>Aufträge abrufen</translation>
    </message>
    <message>
        <source>No orders listed — set the rules and press Fetch orders.</source>
        <translation>Keine Aufträge aufgelistet — Regeln setzen und Aufträge abrufen drücken.</translation>
    </message>
    <message>
        <source>Action for selected rows:</source>
        <translation>Aktion für markierte Zeilen:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Liste drucken…</translation>
    </message>
    <message>
        <source>Open invoices to print</source>
        <translation>Zu druckende Rechnungen öffnen</translation>
    </message>
    <message>
        <source>Process invoices</source>
        <translation>Rechnungen erstellen</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Billing run</source>
        <translation>Abrechnungslauf</translation>
    </message>
    <message>
        <source>Fetching orders</source>
        <translation>Aufträge werden abgerufen</translation>
    </message>
    <message>
        <source>No orders match these rules (invoiced orders are left out).</source>
        <translation>Keine Aufträge entsprechen diesen Regeln (abgerechnete Aufträge sind ausgenommen).</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) fetched, {included} to invoice, {total}</source>
        <translation>
            <numerusform>%n Auftrag abgerufen, {included} zu berechnen, {total}</numerusform>
            <numerusform>%n Aufträge abgerufen, {included} zu berechnen, {total}</numerusform>
        </translation>
    </message>
    <message>
        <source> — {flagged} would fail (see Check)</source>
        <translation> — {flagged} würden fehlschlagen (siehe Prüfung)</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>Zeilen werden geprüft</translation>
    </message>
    <message>
        <source>Storing billing run</source>
        <translation>Abrechnungslauf wird gespeichert</translation>
    </message>
    <message>
        <source>Resuming billing run {run}</source>
        <translation>Abrechnungslauf {run} wird fortgesetzt</translation>
    </message>
    <message>
        <source>Loading run</source>
        <translation>Lauf wird geladen</translation>
    </message>
    <message>
        <source>Starting… %p%</source>
        <translation>Start… %p%</translation>
    </message>
    <message>
        <source>Processing… the window stays usable; Cancel stops after the invoices in progress.</source>
        <translation>Verarbeitung… das Fenster bleibt bedienbar; Abbrechen stoppt nach den laufenden Rechnungen.</translation>
    </message>
    <message>
        <source>{text} (%p%)</source>
        <translation>{text} (%p%)</translation>
    </message>
    <message>
        <source>Cancelling… the invoices in progress are finished first.</source>
        <translation>Abbruch… die laufenden Rechnungen werden zuerst fertiggestellt.</translation>
    </message>
    <message>
        <source>Run {run} finished.</source>
        <translation>Lauf {run} abgeschlossen.</translation>
    </message>
    <message>
        <source>Run {run} interrupted — resume it from step 1.</source>
        <translation>Lauf {run} unterbrochen — setzen Sie ihn in Schritt 1 fort.</translation>
    </message>
    <message>
        <source>Processed: {processed} · Failed: {failed} · Skipped/excluded: {skipped} · Still to do: {open} · Total invoiced: {total}</source>
        <translation>Verarbeitet: {processed} · Fehlgeschlagen: {failed} · Übersprungen/ausgeschlossen: {skipped} · Noch offen: {open} · Abgerechnet gesamt: {total}</translation>
    </message>
    <message>
        <source>Opening invoice</source>
        <translation>Rechnung wird geöffnet</translation>
    </message>
    <message>
        <source>No program could open {name}.</source>
        <translation>Kein Programm konnte {name} öffnen.</translation>
    </message>
    <message>
        <source>Collecting invoices to print</source>
        <translation>Zu druckende Rechnungen werden gesammelt</translation>
    </message>
    <message>
        <source>Billing run…</source>
        <translation>Abrechnungslauf…</translation>
    </message>
    <message>
        <source>Create only for these rows</source>
        <translation>Für diese Zeilen nur erstellen</translation>
    </message>
    <message numerus="yes">
        <source>⚠ E-mails cannot go out now: {reason}. The %n row(s) with Email would be invoiced and their e-mails would wait until the mail server works.</source>
        <translation>
            <numerusform>⚠ E-Mails können gerade nicht versendet werden: {reason}. Die %n Zeile mit E-Mail würde abgerechnet und ihre E-Mail würde warten, bis der Mailserver funktioniert.</numerusform>
            <numerusform>⚠ E-Mails können gerade nicht versendet werden: {reason}. Die %n Zeilen mit E-Mail würden abgerechnet und ihre E-Mails würden warten, bis der Mailserver funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mails: {sent} sent · {queued} queued · {waiting} waiting · {failed} failed</source>
        <translation>E-Mails: {sent} gesendet · {queued} in Warteschlange · {waiting} wartend · {failed} fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BookingExport</name>
    <message>
        <source>DATEV Buchungsstapel (EXTF)</source>
        <translation>DATEV-Buchungsstapel (EXTF)</translation>
    </message>
    <message>
        <source>Plain CSV (one row per VAT rate)</source>
        <translation>Einfache CSV (eine Zeile je Steuersatz)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to booking</source>
        <translation>Buchungsexport</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>All approved supplier invoices ({count}, {total})</source>
        <translation>Alle freigegebenen Lieferantenrechnungen ({count}, {total})</translation>
    </message>
    <message>
        <source>Only the selected invoice ({total})</source>
        <translation>Nur die ausgewählte Rechnung ({total})</translation>
    </message>
    <message>
        <source>Exported invoices move to &lt;b&gt;Booked&lt;/b&gt; in the same step.</source>
        <translation>Exportierte Rechnungen wechseln im selben Schritt zu &lt;b&gt;Gebucht&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>There are no approved supplier invoices to export.</source>
        <translation>Es gibt keine freigegebenen Lieferantenrechnungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Save booking file</source>
        <translation>Buchungsdatei speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Booking export</source>
        <translation>Buchungsexport</translation>
    </message>
    <message>
        <source>{count} exported and booked, but {target} could not be written ({error}). Use “Save again…” below.</source>
        <translation>{count} exportiert und gebucht, aber {target} konnte nicht geschrieben werden ({error}). Verwenden Sie unten „Erneut speichern…“.</translation>
    </message>
    <message>
        <source>{count} ({total}) exported to {target} and booked.</source>
        <translation>{count} ({total}) nach {target} exportiert und gebucht.</translation>
    </message>
    <message>
        <source>Save booking file again</source>
        <translation>Buchungsdatei erneut speichern</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <source>{target} could not be written: {error}</source>
        <translation>{target} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Saved again as {target}.</source>
        <translation>Erneut gespeichert als {target}.</translation>
    </message>
    <message>
        <source>Booking export…</source>
        <translation>Buchungsexport…</translation>
    </message>
</context>
<context>
    <name>BookingExportForm</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>All approved supplier invoices</source>
        <translation>Alle freigegebenen Lieferantenrechnungen</translation>
    </message>
    <message>
        <source>Only the selected invoice</source>
        <translation>Nur die ausgewählte Rechnung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier exports&lt;/b&gt; (booked cases are never exported again)</source>
        <translation>&lt;b&gt;Frühere Exporte&lt;/b&gt; (gebuchte Vorgänge werden nie erneut exportiert)</translation>
    </message>
    <message>
        <source>Save again…</source>
        <translation>Erneut speichern…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>{action}: select a case first</source>
        <translation>{action}: zuerst einen Vorgang auswählen</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>{action} is not possible: {reason}</source>
        <translation>{action} ist nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Action not done</source>
        <translation>Aktion nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation>Vorgänge werden gezählt</translation>
    </message>
    <message>
        <source>paid {paid} of {gross}</source>
        <translation>{paid} von {gross} bezahlt</translation>
    </message>
    <message>
        <source>an e-mail waits for the mail server; see the details</source>
        <translation>eine E-Mail wartet auf den Mailserver; siehe Details</translation>
    </message>
    <message>
        <source>read completely</source>
        <translation>vollständig gelesen</translation>
    </message>
    <message>
        <source>check fields</source>
        <translation>Felder prüfen</translation>
    </message>
    <message>
        <source>validation findings: {count}</source>
        <translation>Prüfbefunde: {count}</translation>
    </message>
    <message>
        <source>possible duplicate of case {id}</source>
        <translation>mögliches Duplikat von Vorgang {id}</translation>
    </message>
    <message>
        <source>No cases match this filter or preset.</source>
        <translation>Keine Vorgänge passen zu diesem Filter oder dieser Vorlage.</translation>
    </message>
</context>
<context>
    <name>CollectiveView</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt. %</translation>
    </message>
    <message>
        <source>{what}: {value} is not a number.</source>
        <translation>{what}: {value} ist keine Zahl.</translation>
    </message>
    <message>
        <source>Collective invoices</source>
        <translation>Sammelrechnungen</translation>
    </message>
    <message>
        <source>Only unsent</source>
        <translation>Nur nicht versendete</translation>
    </message>
    <message>
        <source>Set send date…</source>
        <translation>Versanddatum setzen…</translation>
    </message>
    <message>
        <source>Clear send date</source>
        <translation>Versanddatum entfernen</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No collective invoices to show — merge pending contract periods under Service contracts, or untick Only unsent.</source>
        <translation>Keine Sammelrechnungen vorhanden — offene Vertragszeiträume unter Dienstleistungsverträge zusammenfassen oder Nur nicht versendete abwählen.</translation>
    </message>
    <message>
        <source>Save lines</source>
        <translation>Positionen speichern</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading collective invoices</source>
        <translation>Sammelrechnungen werden geladen</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ keines</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Rendering preview</source>
        <translation>Vorschau wird erstellt</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Keine Vorschau: {error}</translation>
    </message>
    <message>
        <source>VAT category {category}: decided for this customer, charged at 0 %. The domestic rate {rate} % is kept for a change of customer.</source>
        <translation>MwSt-Kategorie {category}: für diesen Kunden entschieden, berechnet mit 0 %. Der Inlandssatz {rate} % bleibt für einen Kundenwechsel gespeichert.</translation>
    </message>
    <message>
        <source>{lines} · {parts} merged · editable until it is sent</source>
        <translation>{lines} · {parts} zusammengeführt · änderbar bis zum Versand</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s)</source>
        <translation>
            <numerusform>%n Vertragsrechnung</numerusform>
            <numerusform>%n Vertragsrechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} is issued ({status}): read-only.</source>
        <translation>{number} ist ausgestellt ({status}): nur lesbar.</translation>
    </message>
    <message>
        <source>Line {line}, quantity</source>
        <translation>Zeile {line}, Menge</translation>
    </message>
    <message>
        <source>Line {line}, price</source>
        <translation>Zeile {line}, Preis</translation>
    </message>
    <message>
        <source>Line {line}, VAT</source>
        <translation>Zeile {line}, USt.</translation>
    </message>
    <message>
        <source>Lines not saved</source>
        <translation>Positionen nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving collective invoice</source>
        <translation>Sammelrechnung wird gespeichert</translation>
    </message>
    <message>
        <source>Saving send date</source>
        <translation>Versanddatum wird gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Merge undone: %n contract invoice(s) pending again.</source>
        <translation>
            <numerusform>Zusammenfassung rückgängig: %n Vertragsrechnung ist wieder offen.</numerusform>
            <numerusform>Zusammenfassung rückgängig: %n Vertragsrechnungen sind wieder offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommerceLabels</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won / closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>Nur erstellen</translation>
    </message>
    <message>
        <source>As the customer prefers</source>
        <translation>Wie vom Kunden gewünscht</translation>
    </message>
    <message>
        <source>Closed last month</source>
        <translation>Im Vormonat abgeschlossen</translation>
    </message>
    <message>
        <source>Closed this month</source>
        <translation>In diesem Monat abgeschlossen</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Beliebiges Abschlussdatum</translation>
    </message>
    <message>
        <source>Closed between …</source>
        <translation>Abgeschlossen zwischen …</translation>
    </message>
    <message>
        <source>Day of the run</source>
        <translation>Tag des Laufs</translation>
    </message>
    <message>
        <source>Last day of the previous month</source>
        <translation>Letzter Tag des Vormonats</translation>
    </message>
    <message>
        <source>Close date of each order</source>
        <translation>Abschlussdatum jedes Auftrags</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Closed orders last month</source>
        <translation>Abgeschlossene Aufträge des Vormonats</translation>
    </message>
    <message>
        <source>Won orders closed in the previous month and approved for invoicing.</source>
        <translation>Gewonnene Aufträge, im Vormonat abgeschlossen und zur Abrechnung freigegeben.</translation>
    </message>
    <message>
        <source>All approved won orders</source>
        <translation>Alle freigegebenen gewonnenen Aufträge</translation>
    </message>
    <message>
        <source>Every won order approved for invoicing that has no invoice yet.</source>
        <translation>Jeder gewonnene, zur Abrechnung freigegebene Auftrag ohne Rechnung.</translation>
    </message>
</context>
<context>
    <name>CommerceMenu</name>
    <message>
        <source>Articles…</source>
        <translation>Artikel…</translation>
    </message>
    <message>
        <source>Sales orders…</source>
        <translation>Kundenaufträge…</translation>
    </message>
    <message>
        <source>Shop connections…</source>
        <translation>Shop-Verbindungen…</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt. %</translation>
    </message>
    <message>
        <source>advance</source>
        <translation>im Voraus</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>nachträglich</translation>
    </message>
    <message>
        <source>Contract {number}</source>
        <translation>Vertrag {number}</translation>
    </message>
    <message>
        <source>New service contract</source>
        <translation>Neuer Dienstleistungsvertrag</translation>
    </message>
    <message>
        <source>e.g. Wartungsvertrag Klimaanlage</source>
        <translation>z. B. Wartungsvertrag Klimaanlage</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>endet am</translation>
    </message>
    <message>
        <source>in advance (first day of the period)</source>
        <translation>im Voraus (erster Tag des Zeitraums)</translation>
    </message>
    <message>
        <source>in arrears (after the period)</source>
        <translation>nachträglich (nach dem Zeitraum)</translation>
    </message>
    <message>
        <source>the customer&apos;s address unless given</source>
        <translation>die Adresse des Kunden, wenn leer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>Rechnungs-E-Mail</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Wählen Sie zuerst den Kunden.</translation>
    </message>
    <message>
        <source>Line {line}, quantity</source>
        <translation>Zeile {line}, Menge</translation>
    </message>
    <message>
        <source>Line {line}, price</source>
        <translation>Zeile {line}, Preis</translation>
    </message>
    <message>
        <source>Line {line}, VAT</source>
        <translation>Zeile {line}, USt.</translation>
    </message>
    <message>
        <source>Contract not saved</source>
        <translation>Vertrag nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving contract</source>
        <translation>Vertrag wird gespeichert</translation>
    </message>
</context>
<context>
    <name>ContractsMenu</name>
    <message>
        <source>all clerks</source>
        <translation>alle Sachbearbeiter</translation>
    </message>
    <message>
        <source>only the clerk who created it</source>
        <translation>nur der Sachbearbeiter, der sie erstellt hat</translation>
    </message>
    <message>
        <source>next scheduled send {day}{time} ({invoices})</source>
        <translation>nächster geplanter Versand {day}{time} ({invoices})</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✉ %n e-mail(s) wait: {reason}</source>
        <translation>
            <numerusform>✉ %n E-Mail wartet: {reason}</numerusform>
            <numerusform>✉ %n E-Mails warten: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n send failure(s)</source>
        <translation>
            <numerusform>⚠ %n Versandfehler</numerusform>
            <numerusform>⚠ %n Versandfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued and queued %n collective invoice(s). {error}</source>
        <translation>
            <numerusform>%n Sammelrechnung ausgestellt und zum Versand eingereiht. {error}</numerusform>
            <numerusform>%n Sammelrechnungen ausgestellt und zum Versand eingereiht. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ scheduler: {error}</source>
        <translation>⚠ Zeitplaner: {error}</translation>
    </message>
    <message>
        <source>Click to set up the mail server.</source>
        <translation>Klicken, um den Mailserver einzurichten.</translation>
    </message>
    <message>
        <source>Collective invoices</source>
        <translation>Sammelrechnungen</translation>
    </message>
    <message>
        <source>Show the login popup about invoices without a send date to:</source>
        <translation>Hinweis nach der Anmeldung zu Rechnungen ohne Versanddatum zeigen für:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Service contracts…</source>
        <translation>Dienstleistungsverträge…</translation>
    </message>
    <message>
        <source>Collective invoices…</source>
        <translation>Sammelrechnungen…</translation>
    </message>
    <message>
        <source>Collective invoices without send date…</source>
        <translation>Sammelrechnungen ohne Versanddatum…</translation>
    </message>
    <message>
        <source>Login popup: who sees it…</source>
        <translation>Hinweis nach Anmeldung: wer ihn sieht…</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>Service contracts</source>
        <translation>Dienstleistungsverträge</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Take over as invoices</source>
        <translation>Als Rechnungen übernehmen</translation>
    </message>
    <message>
        <source>Pending invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Net/period</source>
        <translation>Netto/Zeitraum</translation>
    </message>
    <message>
        <source>No service contracts yet — add one with New contract…</source>
        <translation>Noch keine Dienstleistungsverträge — mit Neuer Vertrag… einen anlegen.</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>Neuer Vertrag…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Show invoices</source>
        <translation>Rechnungen anzeigen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Billed on</source>
        <translation>Abgerechnet am</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>How many periods one collective invoice covers at most</source>
        <translation>Wie viele Zeiträume eine Sammelrechnung höchstens umfasst</translation>
    </message>
    <message>
        <source>Merge ticked</source>
        <translation>Markierte zusammenführen</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>Alle zusammenführen</translation>
    </message>
    <message>
        <source>Periods per collective invoice</source>
        <translation>Zeiträume je Sammelrechnung</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Pending invoices ({count})</source>
        <translation>Offene Rechnungen ({count})</translation>
    </message>
    <message>
        <source>Contract {number} saved.</source>
        <translation>Vertrag {number} gespeichert.</translation>
    </message>
    <message>
        <source>Planning invoices</source>
        <translation>Rechnungen werden geplant</translation>
    </message>
    <message>
        <source>taken over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in these months, {new} not taken over yet.</source>
        <translation>
            <numerusform>%n Rechnung in diesen Monaten, {new} noch nicht übernommen.</numerusform>
            <numerusform>%n Rechnungen in diesen Monaten, {new} noch nicht übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{past} of them were due already and are shown first.</source>
        <translation>Davon waren {past} bereits fällig; sie stehen oben.</translation>
    </message>
    <message>
        <source>Taking over invoices</source>
        <translation>Rechnungen werden übernommen</translation>
    </message>
    <message>
        <source>Took over {created} invoices ({existing} existed already).</source>
        <translation>{created} Rechnungen übernommen ({existing} gab es schon).</translation>
    </message>
    <message>
        <source>Tick the invoices to merge first.</source>
        <translation>Markieren Sie zuerst die zusammenzuführenden Rechnungen.</translation>
    </message>
    <message>
        <source>Merging invoices…</source>
        <translation>Rechnungen werden zusammengeführt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Merge invoices</source>
        <translation>Rechnungen zusammenführen</translation>
    </message>
    <message>
        <source>Merging invoices</source>
        <translation>Rechnungen werden zusammengeführt</translation>
    </message>
    <message>
        <source>Merging invoices… {done} of {total}: {text}</source>
        <translation>Rechnungen werden zusammengeführt… {done} von {total}: {text}</translation>
    </message>
    <message>
        <source>Merged {invoices} into {collectives} (stopped).</source>
        <translation>{invoices} zu {collectives} zusammengefasst (abgebrochen).</translation>
    </message>
    <message>
        <source>Merged {invoices} into {collectives}.</source>
        <translation>{invoices} zu {collectives} zusammengefasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective invoice(s)</source>
        <translation>
            <numerusform>%n Sammelrechnung</numerusform>
            <numerusform>%n Sammelrechnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Database type {value!r} is not supported; use sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
        <translation>Der Datenbanktyp {value!r} wird nicht unterstützt; verwenden Sie sqlite:///path/file.sqlite3 oder postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <source>A database password is never stored in the settings file; it is kept in the system keyring.</source>
        <translation>Ein Datenbankpasswort wird nie in der Einstellungsdatei gespeichert, sondern im Passwortspeicher des Systems (Keyring).</translation>
    </message>
    <message>
        <source>The e-invoice XML of {doc_number} is invalid: {first_text}</source>
        <translation>Das E-Rechnungs-XML von {doc_number} ist ungültig: {first_text}</translation>
    </message>
    <message>
        <source>XRechnung {doc_number} needs a Leitweg-ID or buyer reference.</source>
        <translation>Die XRechnung {doc_number} benötigt eine Leitweg-ID oder eine Käuferreferenz.</translation>
    </message>
    <message>
        <source>The database driver {driver!r} is not available; use {backend}:// or {backend}+{shipped}://.</source>
        <translation>Der Datenbanktreiber {driver!r} ist nicht verfügbar; verwenden Sie {backend}:// oder {backend}+{shipped}://.</translation>
    </message>
    <message>
        <source>The database URL {text} names no database; add its name or file, e.g. postgresql+psycopg://user@host/invoicedesk or sqlite:///path/file.sqlite3.</source>
        <translation>Die Datenbank-URL {text} nennt keine Datenbank; ergänzen Sie deren Namen oder Datei, z. B. postgresql+psycopg://user@host/invoicedesk oder sqlite:///pfad/datei.sqlite3.</translation>
    </message>
    <message>
        <source>The database {name!r} belongs to the PostgreSQL server itself; create a database for InvoiceDesk (createdb invoicedesk) and use its name.</source>
        <translation>Die Datenbank {name!r} gehört dem PostgreSQL-Server selbst; legen Sie eine Datenbank für InvoiceDesk an (createdb invoicedesk) und verwenden Sie deren Namen.</translation>
    </message>
    <message>
        <source>{text} is not a valid database URL; use sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
        <translation>{text} ist keine gültige Datenbank-URL; verwenden Sie sqlite:///pfad/datei.sqlite3 oder postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <source>The validation could not run ({error}).</source>
        <translation>Die Prüfung konnte nicht laufen ({error}).</translation>
    </message>
    <message>
        <source>The PDF is encrypted but opens without a password; it was read.</source>
        <translation>Die PDF ist verschlüsselt, lässt sich aber ohne Passwort öffnen; sie wurde gelesen.</translation>
    </message>
    <message>
        <source>Only the first {read} of {pages} pages were read.</source>
        <translation>Nur die ersten {read} von {pages} Seiten wurden gelesen.</translation>
    </message>
    <message>
        <source>The attachments of the PDF could not be read.</source>
        <translation>Die Anhänge der PDF konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The text of the printed page could not be read.</source>
        <translation>Der Text der gedruckten Seite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (probably a scan); type the fields in.</source>
        <translation>Die PDF hat keine Textebene (wahrscheinlich ein Scan); bitte die Felder eintippen.</translation>
    </message>
    <message>
        <source>The PDF carries an e-invoice XML ({name}) that cannot be used: {error} The fields were read from the printed page.</source>
        <translation>Die PDF enthält eine E-Rechnungs-XML ({name}), die nicht verwendbar ist: {error} Die Felder wurden aus der gedruckten Seite gelesen.</translation>
    </message>
    <message>
        <source>Document type {type_code!r} is neither 380 nor 381.</source>
        <translation>Die Belegart {type_code!r} ist weder 380 noch 381.</translation>
    </message>
    <message>
        <source>Document language {language!r} is not de, en or nl.</source>
        <translation>Die Belegsprache {language!r} ist nicht de, en oder nl.</translation>
    </message>
    <message>
        <source>Invoice {number} has no lines.</source>
        <translation>Die Rechnung {number} hat keine Positionen.</translation>
    </message>
    <message>
        <source>The line amounts of {number} do not match its totals.</source>
        <translation>Die Positionsbeträge von {number} passen nicht zu den Summen.</translation>
    </message>
    <message>
        <source>The XML uses the character encoding {encoding}, which cannot be read safely.</source>
        <translation>Das XML verwendet die Zeichenkodierung {encoding}, die nicht sicher gelesen werden kann.</translation>
    </message>
    <message>
        <source>The XML declares a document type or entities (&lt;!DOCTYPE …&gt;), which e-invoices never need; it was refused for safety.</source>
        <translation>Das XML deklariert einen Dokumenttyp oder Entitäten (&lt;!DOCTYPE …&gt;), die E-Rechnungen nie brauchen; es wurde aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <source>The file does not start like XML in its character encoding {encoding}.</source>
        <translation>Die Datei beginnt in ihrer Zeichenkodierung {encoding} nicht wie XML.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid IBAN.</source>
        <translation>{value!r} ist keine gültige IBAN.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid BIC.</source>
        <translation>{value!r} ist keine gültige BIC.</translation>
    </message>
    <message>
        <source>{action} is not possible: {reason}</source>
        <translation>{action} ist nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Case {case_id} was changed by {user} at {time} after you opened it; reload it to see the changes.</source>
        <translation>Vorgang {case_id} wurde nach dem Öffnen von {user} um {time} geändert; laden Sie ihn neu, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Case {case_id} was changed by {user} after you opened it; reload it to see the changes.</source>
        <translation>Vorgang {case_id} wurde nach dem Öffnen von {user} geändert; laden Sie ihn neu, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Case {case_id} was changed by another user after you opened it; reload it to see the changes.</source>
        <translation>Vorgang {case_id} wurde nach dem Öffnen von einem anderen Benutzer geändert; laden Sie ihn neu, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>An interval of {months} months is not offered; use {allowed}.</source>
        <translation>Ein Intervall von {months} Monaten wird nicht angeboten; verwenden Sie {allowed}.</translation>
    </message>
    <message>
        <source>The period {text!r} ends before it begins.</source>
        <translation>Der Zeitraum {text!r} endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>{text!r} is not a period; write it as 2027-01..2027-12, 2027-03 or 2027.</source>
        <translation>{text!r} ist kein Zeitraum; schreiben Sie ihn als 2027-01..2027-12, 2027-03 oder 2027.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>The {what} {value!r} is not a finite number.</source>
        <translation>Der {what} {value!r} ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>The {what} {value} is not a finite number.</source>
        <translation>{what} {value} ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>The {what} {value} is larger than {limit}, the most InvoiceDesk accepts.</source>
        <translation>{what} {value} ist größer als {limit}, der höchste Wert, den InvoiceDesk annimmt.</translation>
    </message>
    <message>
        <source>The {what} must be a number, not {value!r}.</source>
        <translation>Der {what} muss eine Zahl sein, nicht {value!r}.</translation>
    </message>
    <message>
        <source>The {what} must be a decimal number, not {name}.</source>
        <translation>Der {what} muss eine Dezimalzahl sein, nicht {name}.</translation>
    </message>
    <message>
        <source>The {what} {value!r} is not a number.</source>
        <translation>Der {what} {value!r} ist keine Zahl.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid e-mail address.</source>
        <translation>{value!r} ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid VAT ID.</source>
        <translation>{value!r} ist keine gültige USt-IdNr.</translation>
    </message>
    <message>
        <source>A discount of {line_discount_percent} % is not between 0 and 100.</source>
        <translation>Ein Rabatt von {line_discount_percent} % liegt nicht zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>A VAT rate of {line_vat_rate} % is not possible.</source>
        <translation>Ein USt.-Satz von {line_vat_rate} % ist nicht möglich.</translation>
    </message>
    <message>
        <source>VAT category {vat_category_value} requires a rate of 0 %, not {line_vat_rate} %.</source>
        <translation>Die Steuerkategorie {vat_category_value} verlangt einen Satz von 0 %, nicht {line_vat_rate} %.</translation>
    </message>
    <message>
        <source>needs one of the roles {roles}</source>
        <translation>erfordert eine der Rollen {roles}</translation>
    </message>
    <message>
        <source>needs the role {role}</source>
        <translation>erfordert die Rolle {role}</translation>
    </message>
    <message>
        <source>needs the role {role} or {other}</source>
        <translation>erfordert die Rolle {role} oder {other}</translation>
    </message>
    <message>
        <source>already marked as delivered</source>
        <translation>bereits als geliefert markiert</translation>
    </message>
    <message>
        <source>not marked as delivered</source>
        <translation>nicht als geliefert markiert</translation>
    </message>
    <message>
        <source>already marked as booked</source>
        <translation>bereits als gebucht markiert</translation>
    </message>
    <message>
        <source>not marked as booked</source>
        <translation>nicht als gebucht markiert</translation>
    </message>
    <message>
        <source>the same user who edited the invoice cannot check it (four-eyes rule)</source>
        <translation>wer die Rechnung bearbeitet hat, darf sie nicht selbst prüfen (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>the amount {amount} exceeds your approval limit of {limit}</source>
        <translation>der Betrag {amount} übersteigt Ihre Freigabegrenze von {limit}</translation>
    </message>
    <message>
        <source>an issued credit note cannot be canceled</source>
        <translation>eine ausgestellte Gutschrift kann nicht storniert werden</translation>
    </message>
    <message>
        <source>not available for outgoing cases</source>
        <translation>bei ausgehenden Vorgängen nicht verfügbar</translation>
    </message>
    <message>
        <source>not available for incoming cases</source>
        <translation>bei eingehenden Vorgängen nicht verfügbar</translation>
    </message>
    <message>
        <source>only the application itself does this</source>
        <translation>das erledigt nur die Anwendung selbst</translation>
    </message>
    <message>
        <source>not possible in status {status}</source>
        <translation>im Status {status} nicht möglich</translation>
    </message>
    <message>
        <source>the case is not yet delivered and booked</source>
        <translation>der Vorgang ist noch nicht geliefert und gebucht</translation>
    </message>
    <message>
        <source>a comment with the reason is required</source>
        <translation>ein Kommentar mit der Begründung ist erforderlich</translation>
    </message>
    <message>
        <source>Invoice {number} was canceled meanwhile; it was not delivered.</source>
        <translation>Rechnung {number} wurde inzwischen storniert; sie wurde nicht zugestellt.</translation>
    </message>
    <message>
        <source>A credit note was issued for invoice {number} meanwhile; it was not delivered.</source>
        <translation>Zu Rechnung {number} wurde inzwischen eine Gutschrift ausgestellt; sie wurde nicht zugestellt.</translation>
    </message>
    <message>
        <source>Invoice {number} was changed meanwhile (now {status}); it was not delivered — send or print it from the desk if it should still go.</source>
        <translation>Rechnung {number} wurde inzwischen geändert (jetzt {status}); sie wurde nicht zugestellt — versenden oder drucken Sie sie aus der Übersicht, wenn sie noch hinaus soll.</translation>
    </message>
    <message>
        <source>Billing run {run} stopped after {created} of {orders} invoices were created ({reason}); resume it with `invoicedesk billing-run --resume {run}` or in Tools → Billing run.</source>
        <translation>Abrechnungslauf {run} wurde nach {created} von {orders} erstellten Rechnungen unterbrochen ({reason}); setzen Sie ihn mit `invoicedesk billing-run --resume {run}` oder unter Extras → Abrechnungslauf fort.</translation>
    </message>
    <message>
        <source>The merge stopped after {made} of {total} collective invoices were created from {merged} contract invoices ({reason}); merge again to combine the rest.</source>
        <translation>Das Zusammenfassen wurde nach {made} von {total} Sammelrechnungen aus {merged} Vertragsrechnungen unterbrochen ({reason}); fassen Sie erneut zusammen, um den Rest zu verbinden.</translation>
    </message>
    <message>
        <source>Stuck incoming cases could not be read again ({error}).</source>
        <translation>Hängengebliebene Eingangsfälle konnten nicht erneut gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>demo invoice</source>
        <translation>Demorechnung</translation>
    </message>
    <message>
        <source>Unknown e-mail kind {kind!r}; use one of {items}.</source>
        <translation>Unbekannte E-Mail-Art {kind!r}; verwenden Sie eine von {items}.</translation>
    </message>
    <message>
        <source>The XML file is no CAMT.053 bank statement.</source>
        <translation>Die XML-Datei ist kein CAMT.053-Kontoauszug.</translation>
    </message>
    <message>
        <source>CAMT.053 version 001.{v} is not supported (001.02 to 001.08).</source>
        <translation>CAMT.053 Version 001.{v} wird nicht unterstützt (001.02 bis 001.08).</translation>
    </message>
    <message>
        <source>The CAMT.053 file holds no statement.</source>
        <translation>Die CAMT.053-Datei enthält keinen Auszug.</translation>
    </message>
    <message>
        <source>A statement of the file has no account or no id.</source>
        <translation>Ein Auszug der Datei hat kein Konto oder keine Kennung.</translation>
    </message>
    <message>
        <source>An entry of the statement has no amount.</source>
        <translation>Eine Buchung des Auszugs hat keinen Betrag.</translation>
    </message>
    <message>
        <source>An entry is neither credit nor debit.</source>
        <translation>Eine Buchung ist weder Gutschrift noch Lastschrift.</translation>
    </message>
    <message>
        <source>An entry of the statement has no booking date.</source>
        <translation>Eine Buchung des Auszugs hat kein Buchungsdatum.</translation>
    </message>
    <message>
        <source>The amount {value!r} is no number.</source>
        <translation>Der Betrag {value!r} ist keine Zahl.</translation>
    </message>
    <message>
        <source>The file is no readable XML: {error}</source>
        <translation>Die Datei ist kein lesbares XML: {error}</translation>
    </message>
    <message>
        <source>The date {value!r} is no date.</source>
        <translation>Das Datum {value!r} ist kein Datum.</translation>
    </message>
    <message>
        <source>The account {account!r} (:25:) is no bank account.</source>
        <translation>Das Konto {account!r} (:25:) ist kein Bankkonto.</translation>
    </message>
    <message>
        <source>The file holds no MT940 statement (no :20: and :25: fields).</source>
        <translation>Die Datei enthält keinen MT940-Auszug (keine Felder :20: und :25:).</translation>
    </message>
    <message>
        <source>A statement of the file has no reference (:20:).</source>
        <translation>Ein Auszug der Datei hat keine Referenz (:20:).</translation>
    </message>
    <message>
        <source>Statement {reference} has no closing balance (:62:); the file is cut or garbled.</source>
        <translation>Auszug {reference} hat keinen Schlusssaldo (:62:); die Datei ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>An entry (:61:) has no amount or no date.</source>
        <translation>Eine Buchung (:61:) hat keinen Betrag oder kein Datum.</translation>
    </message>
    <message>
        <source>The MT940 file cannot be read: {error}</source>
        <translation>Die MT940-Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB.</source>
        <translation>Die Datei ist größer als 64 MB.</translation>
    </message>
    <message>
        <source>The file holds no statement.</source>
        <translation>Die Datei enthält keinen Auszug.</translation>
    </message>
    <message>
        <source>An XRechnung needs the company&apos;s phone number and e-mail address; enter them in the settings.</source>
        <translation>Eine XRechnung braucht die Telefonnummer und die E-Mail-Adresse der Firma; tragen Sie sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The XRechnung of {number} breaks rule {rule}: {text}</source>
        <translation>Die XRechnung von {number} verletzt die Regel {rule}: {text}</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Read from a scan by OCR (confidence {percent} %).</source>
        <translation>Aus einem Scan per Texterkennung gelesen (Sicherheit {percent} %).</translation>
    </message>
    <message>
        <source>The PDF has no text layer and its pages cannot be rendered for OCR.</source>
        <translation>Das PDF hat keine Textebene und seine Seiten lassen sich für die Texterkennung nicht darstellen.</translation>
    </message>
    <message>
        <source>The PDF has no text layer and OCR is not available ({reason}).</source>
        <translation>Das PDF hat keine Textebene und die Texterkennung ist nicht verfügbar ({reason}).</translation>
    </message>
    <message>
        <source>the amount {amount} is above every approver&apos;s limit (the highest is {highest}); an administrator must raise a limit first</source>
        <translation>der Betrag {amount} liegt über dem Limit jedes Freigebers (das höchste ist {highest}); ein Administrator muss zuerst ein Limit erhöhen</translation>
    </message>
    <message>
        <source>your user account is deactivated</source>
        <translation>Ihr Benutzerkonto ist deaktiviert</translation>
    </message>
    <message>
        <source>you uploaded this invoice, and its uploader may not check it (four-eyes rule)</source>
        <translation>Sie haben diese Rechnung hochgeladen, und wer sie hochgeladen hat, darf sie nicht prüfen (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>the uploader checks</source>
        <translation>die Person, die hochgeladen hat, prüft</translation>
    </message>
    <message>
        <source>you changed this invoice&apos;s data, and an editor may not check it (four-eyes rule)</source>
        <translation>Sie haben Daten dieser Rechnung geändert, und wer sie bearbeitet hat, darf sie nicht prüfen (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>an editor checks</source>
        <translation>eine bearbeitende Person prüft</translation>
    </message>
    <message>
        <source>the editor who finished checks</source>
        <translation>die Person, die die Bearbeitung abgeschlossen hat, prüft</translation>
    </message>
    <message>
        <source>you checked this invoice, and its checker may not approve it (four-eyes rule)</source>
        <translation>Sie haben diese Rechnung geprüft, und wer sie geprüft hat, darf sie nicht freigeben (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>the checker approves</source>
        <translation>die prüfende Person gibt frei</translation>
    </message>
    <message>
        <source>you changed this invoice&apos;s data, and an editor may not approve it (four-eyes rule)</source>
        <translation>Sie haben Daten dieser Rechnung geändert, und wer sie bearbeitet hat, darf sie nicht freigeben (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>an editor approves</source>
        <translation>eine bearbeitende Person gibt frei</translation>
    </message>
    <message>
        <source>you finished editing this invoice, and its editor may not approve it (four-eyes rule)</source>
        <translation>Sie haben die Bearbeitung dieser Rechnung abgeschlossen, und wer sie bearbeitet hat, darf sie nicht freigeben (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>the editor who finished approves</source>
        <translation>die Person, die die Bearbeitung abgeschlossen hat, gibt frei</translation>
    </message>
    <message>
        <source>the invoice is in {currency} and approval limits count in {limit_currency}, so an administrator must approve it</source>
        <translation>die Rechnung lautet auf {currency}, Freigabelimits gelten in {limit_currency}; deshalb muss ein Administrator sie freigeben</translation>
    </message>
    <message>
        <source>the amount {amount} exceeds your approval limit of {limit}; {names} can approve it</source>
        <translation>der Betrag {amount} übersteigt Ihr Freigabelimit von {limit}; freigeben kann: {names}</translation>
    </message>
    <message>
        <source>{field}: the character {char} cannot be printed on an invoice; remove it.</source>
        <translation>{field}: Das Zeichen {char} kann auf einer Rechnung nicht gedruckt werden; entfernen Sie es.</translation>
    </message>
    <message>
        <source>Line {line}: the character {char} cannot be printed on an invoice; remove it.</source>
        <translation>Position {line}: Das Zeichen {char} kann auf einer Rechnung nicht gedruckt werden; entfernen Sie es.</translation>
    </message>
    <message>
        <source>No base rate is known for {day}; add it to the dunning settings.</source>
        <translation>Für den {day} ist kein Basiszinssatz bekannt; tragen Sie ihn in den Mahneinstellungen ein.</translation>
    </message>
    <message>
        <source>A dunning level has no texts.</source>
        <translation>Eine Mahnstufe hat keine Texte.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid Leitweg-ID (for example 991-03730-19: the area code, an optional fine address and two check digits).</source>
        <translation>{value!r} ist keine gültige Leitweg-ID (z. B. 991-03730-19: Grobadressierung, optionale Feinadressierung und zwei Prüfziffern).</translation>
    </message>
    <message>
        <source>invoice numbers {numbers} in the remittance text, the amount differs</source>
        <translation>Rechnungsnummern {numbers} im Verwendungszweck, der Betrag weicht ab</translation>
    </message>
    <message>
        <source>number {number} without its prefix, the amount agrees</source>
        <translation>Nummer {number} ohne Präfix, der Betrag stimmt</translation>
    </message>
    <message>
        <source>invoice number {numbers} in the remittance text, the amount agrees</source>
        <translation>Rechnungsnummer {numbers} im Verwendungszweck, der Betrag stimmt</translation>
    </message>
    <message>
        <source>invoice number {number} in the remittance text: pays {excess} more</source>
        <translation>Rechnungsnummer {number} im Verwendungszweck: {excess} zu viel gezahlt</translation>
    </message>
    <message>
        <source>only the amount agrees</source>
        <translation>nur der Betrag stimmt</translation>
    </message>
    <message>
        <source>invoice number {number} in the remittance text: part payment of {amount}</source>
        <translation>Rechnungsnummer {number} im Verwendungszweck: Teilzahlung von {amount}</translation>
    </message>
    <message>
        <source>amount and the payer&apos;s IBAN agree</source>
        <translation>Betrag und IBAN des Zahlers stimmen</translation>
    </message>
    <message>
        <source>the payer&apos;s open invoices add up to the amount</source>
        <translation>die offenen Rechnungen des Zahlers ergeben den Betrag</translation>
    </message>
    <message>
        <source>amount and the payer&apos;s name agree</source>
        <translation>Betrag und Name des Zahlers stimmen</translation>
    </message>
    <message>
        <source>Line {line}: the {what} {value} has more than {places} decimals.</source>
        <translation>Position {line}: {what} {value} hat mehr als {places} Nachkommastellen.</translation>
    </message>
    <message>
        <source>The {what} {value} has more than {places} decimals.</source>
        <translation>{what} {value} hat mehr als {places} Nachkommastellen.</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>die Menge</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>der Einzelpreis</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>der Rabatt</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>der USt.-Satz</translation>
    </message>
    <message>
        <source>Line {line}: the amount is larger than {max_amount}.</source>
        <translation>Position {line}: Der Betrag ist größer als {max_amount}.</translation>
    </message>
    <message>
        <source>A cash discount needs both a percentage and a number of days.</source>
        <translation>Ein Skonto braucht einen Prozentsatz und eine Anzahl Tage.</translation>
    </message>
    <message>
        <source>A cash discount of {percent} % is not possible; use 0.01 to 99.99 %.</source>
        <translation>Ein Skonto von {percent} % ist nicht möglich; verwenden Sie 0,01 bis 99,99 %.</translation>
    </message>
    <message>
        <source>The cash discount period must be between 1 and 365 days.</source>
        <translation>Die Skontofrist muss zwischen 1 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>The cash discount period ({days} days) is longer than the payment terms ({payment_days} days).</source>
        <translation>Die Skontofrist ({days} Tage) ist länger als das Zahlungsziel ({payment_days} Tage).</translation>
    </message>
    <message>
        <source>Line {position}: tax category {chosen} chosen by hand instead of {decided}; check that the invoice is right.</source>
        <translation>Position {position}: Steuerkategorie {chosen} von Hand gewählt statt {decided}; prüfen Sie, ob die Rechnung stimmt.</translation>
    </message>
    <message>
        <source>Service to a consumer outside the EU: VAT of the seller&apos;s country.</source>
        <translation>Leistung an einen Verbraucher außerhalb der EU: Umsatzsteuer des eigenen Landes.</translation>
    </message>
    <message>
        <source>Small business (§ 19 UStG): no VAT is charged.</source>
        <translation>Kleinunternehmer (§ 19 UStG): Es wird keine Umsatzsteuer berechnet.</translation>
    </message>
    <message>
        <source>Domestic supply: VAT at the line&apos;s rate.</source>
        <translation>Inlandsumsatz: Umsatzsteuer zum Satz der Position.</translation>
    </message>
    <message>
        <source>Consumer in another EU country: VAT of the seller&apos;s country.</source>
        <translation>Verbraucher in einem anderen EU-Land: Umsatzsteuer des eigenen Landes.</translation>
    </message>
    <message>
        <source>Service to an EU business ({vat_id}): reverse charge, the customer owes the VAT.</source>
        <translation>Leistung an ein Unternehmen in der EU ({vat_id}): Reverse Charge, der Kunde schuldet die Steuer.</translation>
    </message>
    <message>
        <source>Export of goods outside the EU: tax-free.</source>
        <translation>Ausfuhr von Waren aus der EU: steuerfrei.</translation>
    </message>
    <message>
        <source>Service to a business outside the EU: not taxable in the seller&apos;s country.</source>
        <translation>Leistung an ein Unternehmen außerhalb der EU: im Inland nicht steuerbar.</translation>
    </message>
    <message>
        <source>EU business customer, but the company has no VAT ID: VAT is charged.</source>
        <translation>Unternehmen in der EU, aber die eigene Firma hat keine USt-IdNr.: Umsatzsteuer wird berechnet.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s VAT ID in the settings; EU supplies to businesses are tax-free only with both VAT IDs.</source>
        <translation>Tragen Sie die USt-IdNr. der Firma in den Einstellungen ein; Leistungen an Unternehmen in der EU sind nur mit beiden USt-IdNrn. steuerfrei.</translation>
    </message>
    <message>
        <source>Intra-Community supply of goods to an EU business ({vat_id}): tax-free.</source>
        <translation>Innergemeinschaftliche Lieferung an ein Unternehmen in der EU ({vat_id}): steuerfrei.</translation>
    </message>
    <message>
        <source>The EU business customer has no valid VAT ID, so VAT is charged; enter its VAT ID for a tax-free supply.</source>
        <translation>Der Unternehmenskunde in der EU hat keine gültige USt-IdNr., daher wird Umsatzsteuer berechnet; tragen Sie seine USt-IdNr. für eine steuerfreie Leistung ein.</translation>
    </message>
    <message>
        <source>only a person can check or approve an invoice, not the application</source>
        <translation>nur eine Person kann eine Rechnung prüfen oder freigeben, nicht die Anwendung</translation>
    </message>
    <message>
        <source>a credit note is settled by refund or offset, not paid or reminded</source>
        <translation>eine Gutschrift wird erstattet oder verrechnet, nicht bezahlt oder gemahnt</translation>
    </message>
    <message>
        <source>only a credit note is settled</source>
        <translation>nur eine Gutschrift wird ausgeglichen</translation>
    </message>
    <message>
        <source>its e-mail is already waiting to be sent; Resend replaces it</source>
        <translation>ihre E-Mail wartet bereits auf den Versand; Erneut senden ersetzt sie</translation>
    </message>
    <message>
        <source>nothing has been sent yet; use Send</source>
        <translation>es wurde noch nichts gesendet; verwenden Sie Senden</translation>
    </message>
    <message>
        <source>no mail server</source>
        <translation>kein Mailserver</translation>
    </message>
    <message>
        <source>no sender address</source>
        <translation>keine Absenderadresse</translation>
    </message>
    <message>
        <source>no mail password stored</source>
        <translation>kein Mail-Passwort gespeichert</translation>
    </message>
    <message>
        <source>the mail settings are not valid</source>
        <translation>die Mail-Einstellungen sind ungültig</translation>
    </message>
    <message>
        <source>the mail server refused the login</source>
        <translation>der Mailserver hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate is not trusted</source>
        <translation>dem Zertifikat des Mailservers wird nicht vertraut</translation>
    </message>
    <message>
        <source>the mail server offers no encryption</source>
        <translation>der Mailserver bietet keine Verschlüsselung an</translation>
    </message>
    <message>
        <source>the mail server cannot be reached</source>
        <translation>der Mailserver ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the mail server refuses the sender address</source>
        <translation>der Mailserver lehnt die Absenderadresse ab</translation>
    </message>
    <message>
        <source>This case already has such an e-mail on its way; it is not queued a second time.</source>
        <translation>Für diesen Vorgang ist eine solche E-Mail bereits unterwegs; sie wird nicht ein zweites Mal eingereiht.</translation>
    </message>
    <message>
        <source>The e-mail has no recipient; enter at least one address.</source>
        <translation>Die E-Mail hat keinen Empfänger; geben Sie mindestens eine Adresse ein.</translation>
    </message>
    <message>
        <source>The e-mail has no subject.</source>
        <translation>Die E-Mail hat keinen Betreff.</translation>
    </message>
    <message>
        <source>The subject is longer than {max_subject} characters.</source>
        <translation>Der Betreff ist länger als {max_subject} Zeichen.</translation>
    </message>
    <message>
        <source>send_after must be timezone-aware.</source>
        <translation>send_after muss eine Zeitzone enthalten.</translation>
    </message>
    <message>
        <source>There is no e-mail with the id {outbox_id} in the outbox.</source>
        <translation>Im Postausgang gibt es keine E-Mail mit der ID {outbox_id}.</translation>
    </message>
    <message>
        <source>The attachment {filename!r} has no valid name or type.</source>
        <translation>Der Anhang {filename!r} hat keinen gültigen Namen oder Typ.</translation>
    </message>
    <message>
        <source>The attachment content {value} is not stored.</source>
        <translation>Der Anhangsinhalt {value} ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>{field}: {exc}</source>
        <translation>{field}: {exc}</translation>
    </message>
    <message>
        <source>No mail server is configured; set it up in the SMTP settings (or {env_url} on a server).</source>
        <translation>Es ist kein Mailserver eingerichtet; richten Sie ihn in den SMTP-Einstellungen ein (oder auf einem Server über {env_url}).</translation>
    </message>
    <message>
        <source>{env_url} must start with smtp://, not {parts_scheme!r}.</source>
        <translation>{env_url} muss mit smtp:// beginnen, nicht mit {parts_scheme!r}.</translation>
    </message>
    <message>
        <source>tls={security!r} is unknown; use starttls, ssl or none.</source>
        <translation>tls={security!r} ist unbekannt; verwenden Sie starttls, ssl oder none.</translation>
    </message>
    <message>
        <source>{env_url} must not contain a password; store it in the password store.</source>
        <translation>{env_url} darf kein Passwort enthalten; hinterlegen Sie es im Passwortspeicher.</translation>
    </message>
    <message>
        <source>The SMTP security {security!r} is unknown.</source>
        <translation>Die SMTP-Verschlüsselung {security!r} ist unbekannt.</translation>
    </message>
    <message>
        <source>The SMTP security {security!r} is unknown; use starttls, ssl or none.</source>
        <translation>Die SMTP-Verschlüsselung {security!r} ist unbekannt; verwenden Sie starttls, ssl oder none.</translation>
    </message>
    <message>
        <source>The SMTP settings name no mail server (host).</source>
        <translation>In den SMTP-Einstellungen ist kein Mailserver (Host) angegeben.</translation>
    </message>
    <message>
        <source>The SMTP settings have no sender address; set &apos;from&apos; (e.g. rechnung@firma.de).</source>
        <translation>In den SMTP-Einstellungen fehlt die Absenderadresse; setzen Sie &apos;from&apos; (z. B. rechnung@firma.de).</translation>
    </message>
    <message>
        <source>No password for the mail account {keyring_name} is stored in the password store; enter it in the SMTP settings.</source>
        <translation>Im Passwortspeicher ist kein Passwort für das Mailkonto {keyring_name} hinterlegt; geben Sie es in den SMTP-Einstellungen ein.</translation>
    </message>
    <message>
        <source>{env_url} is not a valid URL: {exc}</source>
        <translation>{env_url} ist keine gültige URL: {exc}</translation>
    </message>
    <message>
        <source>The CA file {cafile} for the mail server cannot be read: {exc}</source>
        <translation>Die CA-Datei {cafile} für den Mailserver kann nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <source>The certificate of the mail server {where} is not trusted ({reason}); nothing was sent.</source>
        <translation>Dem Zertifikat des Mailservers {where} wird nicht vertraut ({reason}); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server {where} refused the login of {user}: {answer}</source>
        <translation>Der Mailserver {where} hat die Anmeldung von {user} abgelehnt: {answer}</translation>
    </message>
    <message>
        <source>The mail server {where} cannot be reached: {error}</source>
        <translation>Der Mailserver {where} ist nicht erreichbar: {error}</translation>
    </message>
    <message>
        <source>The mail server {where} does not offer STARTTLS; refusing to send without encryption.</source>
        <translation>Der Mailserver {where} bietet kein STARTTLS an; ohne Verschlüsselung wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The test e-mail to {recipient} was accepted by {host}.</source>
        <translation>Die Test-E-Mail an {recipient} wurde von {host} angenommen.</translation>
    </message>
    <message>
        <source>The mail server did not accept the test e-mail: {verdict_reason}</source>
        <translation>Der Mailserver hat die Test-E-Mail nicht angenommen: {verdict_reason}</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer; enter the password each session instead.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Passwortspeicher (Keyring); geben Sie das Passwort stattdessen in jeder Sitzung ein.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer; the password cannot be saved.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Passwortspeicher (Keyring); das Passwort kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The password store could not be read: {exc}</source>
        <translation>Der Passwortspeicher konnte nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <source>The password could not be saved: {exc}</source>
        <translation>Das Passwort konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>it does not follow the row before it in the table (a row before it was deleted or changed)</source>
        <translation>sie schließt nicht an die vorige Zeile der Tabelle an (eine Zeile davor wurde gelöscht oder geändert)</translation>
    </message>
    <message>
        <source>its content does not match its hash (the row was changed, or the row before it in its chain was deleted)</source>
        <translation>ihr Inhalt passt nicht zu ihrem Hash (die Zeile wurde geändert, oder die Zeile davor in ihrer Kette wurde gelöscht)</translation>
    </message>
    <message>
        <source>{comment} (self-check allowed for a one-person office: {rules})</source>
        <translation>{comment} (Selbstprüfung im Ein-Personen-Büro erlaubt: {rules})</translation>
    </message>
    <message>
        <source>self-check allowed for a one-person office: {rules}</source>
        <translation>Selbstprüfung im Ein-Personen-Büro erlaubt: {rules}</translation>
    </message>
    <message>
        <source>settled and booked</source>
        <translation>ausgeglichen und gebucht</translation>
    </message>
    <message>
        <source>offset against invoice {number} on {day}</source>
        <translation>am {day} mit Rechnung {number} verrechnet</translation>
    </message>
    <message>
        <source>credit notes offset: {amount}</source>
        <translation>verrechnete Gutschriften: {amount}</translation>
    </message>
    <message>
        <source>refunded on {day}</source>
        <translation>erstattet am {day}</translation>
    </message>
    <message>
        <source>open: to be refunded or offset</source>
        <translation>offen: zu erstatten oder zu verrechnen</translation>
    </message>
    <message>
        <source>edited: {fields}</source>
        <translation>bearbeitet: {fields}</translation>
    </message>
    <message>
        <source>edited: {fields} (the editor was not closed; recorded afterwards)</source>
        <translation>bearbeitet: {fields} (der Editor wurde nicht geschlossen; nachträglich erfasst)</translation>
    </message>
    <message>
        <source>draft edited: {fields} (the editor was not closed; recorded afterwards)</source>
        <translation>Entwurf bearbeitet: {fields} (der Editor wurde nicht geschlossen; nachträglich erfasst)</translation>
    </message>
    <message>
        <source>combined with collective invoice {other} and its {count} contract invoices: the new periods bridged the two; Undo merge gives all of them back</source>
        <translation>mit Sammelrechnung {other} und ihren {count} Vertragsrechnungen vereinigt: die neuen Zeiträume überbrückten beide; „Zusammenführung rückgängig“ gibt alle zurück</translation>
    </message>
    <message>
        <source>combined into collective invoice {case}: the new periods bridged the two</source>
        <translation>in Sammelrechnung {case} aufgegangen: die neuen Zeiträume überbrückten beide</translation>
    </message>
    <message>
        <source>merge undone: {count} contract invoices are pending again</source>
        <translation>Zusammenfassung rückgängig gemacht: {count} Vertragsrechnungen sind wieder offen</translation>
    </message>
    <message>
        <source>This collective invoice was not merged from contract invoices; delete the draft instead.</source>
        <translation>Diese Sammelrechnung wurde nicht aus Vertragsrechnungen zusammengeführt; löschen Sie stattdessen den Entwurf.</translation>
    </message>
    <message>
        <source>Invoice {number} has no customer or issue date to write a reminder to.</source>
        <translation>Rechnung {number} hat keinen Kunden oder kein Rechnungsdatum, an die eine Mahnung gehen könnte.</translation>
    </message>
    <message>
        <source>{title} (level {level}) {how}: open {open}, fees {fees}, interest {interest}, total {total}</source>
        <translation>{title} (Stufe {level}) {how}: offen {open}, Gebühren {fees}, Zinsen {interest}, gesamt {total}</translation>
    </message>
    <message>
        <source>by e-mail to {to}</source>
        <translation>per E-Mail an {to}</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>zum Drucken</translation>
    </message>
    <message>
        <source>Stopping the dunning</source>
        <translation>Das Mahnverfahren stoppen</translation>
    </message>
    <message>
        <source>Say why the dunning of this case stops (e.g. a dispute).</source>
        <translation>Geben Sie an, warum das Mahnverfahren dieses Vorgangs endet (z. B. ein Streitfall).</translation>
    </message>
    <message>
        <source>dunning stopped: {reason}</source>
        <translation>Mahnverfahren gestoppt: {reason}</translation>
    </message>
    <message>
        <source>{customer} has no e-mail address; print the reminder instead.</source>
        <translation>{customer} hat keine E-Mail-Adresse; drucken Sie die Mahnung stattdessen.</translation>
    </message>
    <message>
        <source>No reminder is due for {number} today.</source>
        <translation>Für {number} ist heute keine Mahnung fällig.</translation>
    </message>
    <message>
        <source>Resuming the dunning</source>
        <translation>Das Mahnverfahren wieder aufnehmen</translation>
    </message>
    <message>
        <source>The dunning of {number} is not stopped.</source>
        <translation>Das Mahnverfahren von {number} ist nicht gestoppt.</translation>
    </message>
    <message>
        <source>dunning resumed</source>
        <translation>Mahnverfahren wieder aufgenommen</translation>
    </message>
    <message>
        <source>{done} of {total} reminders</source>
        <translation>{done} von {total} Mahnungen</translation>
    </message>
    <message>
        <source>paid, stopped or reminded meanwhile</source>
        <translation>inzwischen bezahlt, gestoppt oder gemahnt</translation>
    </message>
    <message>
        <source>reminded elsewhere</source>
        <translation>an anderer Stelle gemahnt</translation>
    </message>
    <message>
        <source>Set up between 1 and {most} dunning levels.</source>
        <translation>Richten Sie 1 bis {most} Mahnstufen ein.</translation>
    </message>
    <message>
        <source>Each dunning level needs its own number of days after the due date (1 or more).</source>
        <translation>Jede Mahnstufe braucht ihre eigene Zahl von Tagen nach Fälligkeit (1 oder mehr).</translation>
    </message>
    <message>
        <source>Each base rate needs its own valid-from date.</source>
        <translation>Jeder Basiszinssatz braucht sein eigenes Gültig-ab-Datum.</translation>
    </message>
    <message>
        <source>A reminder gives 1 to 60 days to pay.</source>
        <translation>Eine Mahnung gibt 1 bis 60 Tage Zeit zum Zahlen.</translation>
    </message>
    <message>
        <source>The dunning level after {days} days needs a title, subject and text in {language}.</source>
        <translation>Die Mahnstufe nach {days} Tagen braucht Titel, Betreff und Text in {language}.</translation>
    </message>
    <message>
        <source>Changing the dunning settings</source>
        <translation>Mahneinstellungen ändern</translation>
    </message>
    <message>
        <source>A dunning fee of {fee} is not possible.</source>
        <translation>Eine Mahngebühr von {fee} ist nicht möglich.</translation>
    </message>
    <message>
        <source>A base rate of {rate} % is not plausible.</source>
        <translation>Ein Basiszinssatz von {rate} % ist nicht plausibel.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>another process took the case over and finishes it</source>
        <translation>ein anderer Prozess hat den Fall übernommen und schließt ihn ab</translation>
    </message>
    <message>
        <source>The intake stopped after {done} of {total} files were read to the end; {stored} more are stored and are read again automatically (or with `invoicedesk intake --recover`); {missing} were not taken in. Reason: {reason}.</source>
        <translation>Der Eingang wurde unterbrochen, nachdem {done} von {total} Dateien fertig gelesen waren; {stored} weitere sind gespeichert und werden automatisch erneut gelesen (oder mit `invoicedesk intake --recover`); {missing} wurden nicht übernommen. Grund: {reason}.</translation>
    </message>
    <message>
        <source>The file could not be read in {attempts} attempts: each time, the process reading it stopped. Use Read again to try once more.</source>
        <translation>Die Datei konnte in {attempts} Versuchen nicht gelesen werden: jedes Mal brach der lesende Prozess ab. Mit „Erneut lesen“ können Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>file {name} taken in again: reading resumed</source>
        <translation>Datei {name} erneut eingelesen: das Lesen wird fortgesetzt</translation>
    </message>
    <message>
        <source>the same file is being read by another process right now; it finishes the case there or it is taken up again here</source>
        <translation>dieselbe Datei wird gerade von einem anderen Prozess gelesen; er schließt den Fall dort ab, oder der Fall wird hier wieder aufgenommen</translation>
    </message>
    <message>
        <source>the application stopped before the file was read; it is read later</source>
        <translation>die Anwendung wurde beendet, bevor die Datei gelesen war; sie wird später gelesen</translation>
    </message>
    <message>
        <source>The read-out could not be stored ({error}).</source>
        <translation>Die ausgelesenen Daten konnten nicht gespeichert werden ({error}).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>read from a scan (OCR confidence {percent} %)</source>
        <translation>aus einem Scan gelesen (Texterkennung {percent} % sicher)</translation>
    </message>
    <message>
        <source>check fields: {fields}</source>
        <translation>Felder prüfen: {fields}</translation>
    </message>
    <message>
        <source>read completely</source>
        <translation>vollständig gelesen</translation>
    </message>
    <message>
        <source>the process reading the file stopped; it is read again (attempt {attempt})</source>
        <translation>der Prozess, der die Datei las, brach ab; sie wird erneut gelesen (Versuch {attempt})</translation>
    </message>
    <message>
        <source>an unexpected error ({error})</source>
        <translation>ein unerwarteter Fehler ({error})</translation>
    </message>
    <message>
        <source>the database did not answer ({text})</source>
        <translation>die Datenbank antwortete nicht ({text})</translation>
    </message>
    <message>
        <source>An article needs an article number (SKU).</source>
        <translation>Ein Artikel braucht eine Artikelnummer (SKU).</translation>
    </message>
    <message>
        <source>The article number {value}… is longer than 40 characters.</source>
        <translation>Die Artikelnummer {value}… ist länger als 40 Zeichen.</translation>
    </message>
    <message>
        <source>Article {number} has no name.</source>
        <translation>Der Artikel {number} hat keine Bezeichnung.</translation>
    </message>
    <message>
        <source>Article {number} has a negative price.</source>
        <translation>Der Artikel {number} hat einen negativen Preis.</translation>
    </message>
    <message>
        <source>Article {number} has the VAT rate {vat_rate} %.</source>
        <translation>Der USt.-Satz {vat_rate} % des Artikels {number} ist ungültig.</translation>
    </message>
    <message>
        <source>Article {number} needs a unit code of at most 8 characters.</source>
        <translation>Der Artikel {number} braucht einen Einheitencode mit höchstens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The article number {number} is already used by another article.</source>
        <translation>Die Artikelnummer {number} wird bereits von einem anderen Artikel verwendet.</translation>
    </message>
    <message>
        <source>Creating an article</source>
        <translation>Artikel anlegen</translation>
    </message>
    <message>
        <source>Changing an article</source>
        <translation>Artikel ändern</translation>
    </message>
    <message>
        <source>Deleting an article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>{currency!r} in {where} is not a currency code such as EUR.</source>
        <translation>{currency!r} in {where} ist kein Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>The shop customer {remote_id} has no name; add one in the shop and import again.</source>
        <translation>Der Shop-Kunde {remote_id} hat keinen Namen; ergänzen Sie ihn im Shop und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>offset against invoice {number}</source>
        <translation>mit Rechnung {number} verrechnet</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Der Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>{country!r} is not a two-letter country code (DE, NL, ...).</source>
        <translation>{country!r} ist kein zweistelliger Ländercode (DE, NL, …).</translation>
    </message>
    <message>
        <source>{language!r} is not a document language (de, en, nl).</source>
        <translation>{language!r} ist keine Belegsprache (de, en, nl).</translation>
    </message>
    <message>
        <source>{einvoice!r} is not an e-invoice the customer can require (xrechnung-cii, xrechnung-ubl).</source>
        <translation>{einvoice!r} ist keine E-Rechnung, die ein Kunde verlangen kann (xrechnung-cii, xrechnung-ubl).</translation>
    </message>
    <message>
        <source>A customer who requires XRechnung needs a Leitweg-ID and an e-mail address.</source>
        <translation>Ein Kunde, der XRechnung verlangt, braucht eine Leitweg-ID und eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The customer number {number} is taken already.</source>
        <translation>Die Kundennummer {number} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Address supplement</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Changing customers</source>
        <translation>Kunden ändern</translation>
    </message>
    <message>
        <source>{where} must be a JSON object.</source>
        <translation>{where} muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>{where}: unknown key {key!r} (allowed: {items}).</source>
        <translation>{where}: unbekannter Schlüssel {key!r} (erlaubt: {items}).</translation>
    </message>
    <message>
        <source>{where}: {key} must be a text.</source>
        <translation>{where}: {key} muss ein Text sein.</translation>
    </message>
    <message>
        <source>{where}: {key} must be a string such as &quot;0.333&quot;, not a JSON number.</source>
        <translation>{where}: {key} muss eine Zeichenkette wie &quot;0.333&quot; sein, keine JSON-Zahl.</translation>
    </message>
    <message>
        <source>customer: business must be true or false.</source>
        <translation>customer: business muss true oder false sein.</translation>
    </message>
    <message>
        <source>customer: payment_terms_days must be a whole number.</source>
        <translation>customer: payment_terms_days muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{where} needs a quantity and a unit_price.</source>
        <translation>{where} braucht quantity und unit_price.</translation>
    </message>
    <message>
        <source>The file needs a list of lines with at least one line.</source>
        <translation>Die Datei braucht eine Liste lines mit mindestens einer Position.</translation>
    </message>
    <message>
        <source>kind must be invoice or credit_note, not {kind!r}.</source>
        <translation>kind muss invoice oder credit_note sein, nicht {kind!r}.</translation>
    </message>
    <message>
        <source>{where}: {key} {value!r} is not a date (YYYY-MM-DD).</source>
        <translation>{where}: {key} {value!r} ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>payment_terms: {key} must be a whole number.</source>
        <translation>payment_terms: {key} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>draft edited: {fields}</source>
        <translation>Entwurf bearbeitet: {fields}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Terms text</source>
        <translation>Text der Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Steuerhinweis</translation>
    </message>
    <message>
        <source>{fmt!r} is not an e-invoice format; use {items}.</source>
        <translation>{fmt!r} ist kein E-Rechnungsformat; verwenden Sie {items}.</translation>
    </message>
    <message>
        <source>There is no issued invoice or credit note with the number {number}.</source>
        <translation>Es gibt keine ausgestellte Rechnung oder Gutschrift mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>its e-mail is being handed to the mail server right now</source>
        <translation>ihre E-Mail wird gerade an den Mailserver übergeben</translation>
    </message>
    <message>
        <source>Settle a credit note by refund or offset, not {method!r}.</source>
        <translation>Gleichen Sie eine Gutschrift durch Erstattung oder Verrechnung aus, nicht {method!r}.</translation>
    </message>
    <message>
        <source>Choose the invoice the credit note is offset against.</source>
        <translation>Wählen Sie die Rechnung, mit der die Gutschrift verrechnet wird.</translation>
    </message>
    <message>
        <source>A credit note can only be offset against an issued invoice.</source>
        <translation>Eine Gutschrift kann nur mit einer ausgestellten Rechnung verrechnet werden.</translation>
    </message>
    <message>
        <source>Invoice {number} is not one of this customer&apos;s in {currency}.</source>
        <translation>Rechnung {number} ist keine Rechnung dieses Kunden in {currency}.</translation>
    </message>
    <message>
        <source>credit note {number} offset: {amount}; still open: {left}</source>
        <translation>Gutschrift {number} verrechnet: {amount}; noch offen: {left}</translation>
    </message>
    <message>
        <source>settled by credit note {number}</source>
        <translation>ausgeglichen durch Gutschrift {number}</translation>
    </message>
    <message>
        <source>Invoice {number} has nothing open to offset against.</source>
        <translation>Bei Rechnung {number} ist nichts offen, womit verrechnet werden könnte.</translation>
    </message>
    <message>
        <source>There is no credit note with the id {case_id}.</source>
        <translation>Es gibt keine Gutschrift mit der ID {case_id}.</translation>
    </message>
    <message>
        <source>{value!r} is neither goods nor service.</source>
        <translation>{value!r} ist weder Ware (goods) noch Leistung (service).</translation>
    </message>
    <message>
        <source>Importing a bank statement</source>
        <translation>Einen Kontoauszug einlesen</translation>
    </message>
    <message>
        <source>Statement {statement} does not add up: its entries miss the closing balance by {gap}; lines may be missing, check it with the bank.</source>
        <translation>Kontoauszug {statement} geht nicht auf: die Umsätze verfehlen den Schlusssaldo um {gap}; es fehlen womöglich Buchungen, bitte mit der Bank klären.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Exporting payments to booking</source>
        <translation>Zahlungen an die Buchhaltung exportieren</translation>
    </message>
    <message>
        <source>There are no payments to export.</source>
        <translation>Es gibt keine Zahlungen zu exportieren.</translation>
    </message>
    <message>
        <source>There is no statement line with the id {line_id}.</source>
        <translation>Es gibt keine Auszugszeile mit der Kennung {line_id}.</translation>
    </message>
    <message>
        <source>Choose at least one case for the line.</source>
        <translation>Wählen Sie mindestens einen Vorgang für die Zeile.</translation>
    </message>
    <message>
        <source>The line is {state} already.</source>
        <translation>Die Zeile ist bereits {state}.</translation>
    </message>
    <message>
        <source>Case {case_id} cannot take a payment (paid, cancelled or credited).</source>
        <translation>Vorgang {case_id} kann keine Zahlung aufnehmen (bezahlt, storniert oder gutgeschrieben).</translation>
    </message>
    <message>
        <source>Marking a statement line</source>
        <translation>Eine Auszugszeile markieren</translation>
    </message>
    <message>
        <source>found by the search</source>
        <translation>über die Suche gefunden</translation>
    </message>
    <message>
        <source>A payment is received (in) or paid out (out).</source>
        <translation>Eine Zahlung ist ein Eingang (in) oder ein Ausgang (out).</translation>
    </message>
    <message>
        <source>Unknown payment source {source!r}.</source>
        <translation>Unbekannte Zahlungsquelle {source!r}.</translation>
    </message>
    <message>
        <source>The amount of a payment must be above zero.</source>
        <translation>Der Betrag einer Zahlung muss über null liegen.</translation>
    </message>
    <message>
        <source>The amount of a payment has at most two decimals.</source>
        <translation>Der Betrag einer Zahlung hat höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>A payment names each case only once.</source>
        <translation>Eine Zahlung nennt jeden Vorgang nur einmal.</translation>
    </message>
    <message>
        <source>Each case&apos;s part of a payment must be above zero.</source>
        <translation>Der Anteil jedes Vorgangs an einer Zahlung muss über null liegen.</translation>
    </message>
    <message>
        <source>The parts for the cases add up to more than the payment.</source>
        <translation>Die Anteile der Vorgänge ergeben mehr als die Zahlung.</translation>
    </message>
    <message>
        <source>Case {case_id} cannot be settled by a payment in this direction.</source>
        <translation>Vorgang {case_id} kann nicht durch eine Zahlung in diese Richtung beglichen werden.</translation>
    </message>
    <message>
        <source>Case {case_id} is in {currency}, the payment is not.</source>
        <translation>Vorgang {case_id} lautet auf {currency}, die Zahlung nicht.</translation>
    </message>
    <message>
        <source>Case {case_id} is canceled.</source>
        <translation>Vorgang {case_id} ist storniert.</translation>
    </message>
    <message>
        <source>Case {case_id} has only {open} open; the rest stays as the customer&apos;s credit.</source>
        <translation>Vorgang {case_id} hat nur {open} offen; der Rest bleibt als Guthaben des Kunden.</translation>
    </message>
    <message>
        <source>payment of {amount} on {day} ({source}); open: {left}</source>
        <translation>Zahlung von {amount} am {day} ({source}); offen: {left}</translation>
    </message>
    <message>
        <source>There is no payment with the id {payment_id}.</source>
        <translation>Es gibt keine Zahlung mit der Kennung {payment_id}.</translation>
    </message>
    <message>
        <source>Payment {payment_id} was undone already.</source>
        <translation>Zahlung {payment_id} wurde bereits zurückgenommen.</translation>
    </message>
    <message>
        <source>payment of {amount} on {day} undone</source>
        <translation>Zahlung von {amount} am {day} zurückgenommen</translation>
    </message>
    <message>
        <source>{what}: {comment}</source>
        <translation>{what}: {comment}</translation>
    </message>
    <message>
        <source>Payment {payment_id} also settles other cases; undo that payment instead.</source>
        <translation>Zahlung {payment_id} begleicht auch andere Vorgänge; nehmen Sie stattdessen diese Zahlung zurück.</translation>
    </message>
    <message>
        <source>Credit note {number} is refunded in full ({amount}), not in parts.</source>
        <translation>Die Gutschrift {number} wird vollständig erstattet ({amount}), nicht in Teilen.</translation>
    </message>
    <message>
        <source>refunded on {day} ({source}): {amount}</source>
        <translation>erstattet am {day} ({source}): {amount}</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>{where}: the field(s) {items} are missing.</source>
        <translation>{where}: Es fehlen die Felder {items}.</translation>
    </message>
    <message>
        <source>{where}: {name} must be a text.</source>
        <translation>{where}: {name} muss ein Text sein.</translation>
    </message>
    <message>
        <source>{where}: {name} must be true or false.</source>
        <translation>{where}: {name} muss true oder false sein.</translation>
    </message>
    <message>
        <source>The database refused the change: {text}.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: {text}.</translation>
    </message>
    <message>
        <source>The database broke the change off because of another one running at the same time ({text}). Nothing was changed; try again.</source>
        <translation>Die Datenbank hat die Änderung wegen einer gleichzeitigen anderen abgebrochen ({text}). Es wurde nichts geändert; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>There is no article with the id {article_id}.</source>
        <translation>Es gibt keinen Artikel mit der ID {article_id}.</translation>
    </message>
    <message>
        <source>Article {article_number} is used on {used} order line(s) and cannot be deleted. Untick “active” to hide it from new orders instead.</source>
        <translation>Der Artikel {article_number} wird in {used} Auftragsposition(en) verwendet und kann nicht gelöscht werden. Entfernen Sie stattdessen das Häkchen bei „Aktiv“, um ihn bei neuen Aufträgen auszublenden.</translation>
    </message>
    <message>
        <source>The file is {value} MB; attachments may have at most {value2} MB.</source>
        <translation>Die Datei ist {value} MB groß; Anhänge dürfen höchstens {value2} MB groß sein.</translation>
    </message>
    <message>
        <source>The file {filename!r} is empty.</source>
        <translation>Die Datei {filename!r} ist leer.</translation>
    </message>
    <message>
        <source>There is no attachment with the id {attachment_id}.</source>
        <translation>Es gibt keinen Anhang mit der ID {attachment_id}.</translation>
    </message>
    <message>
        <source>The content of attachment {attachment_id} is missing.</source>
        <translation>Der Inhalt des Anhangs {attachment_id} fehlt.</translation>
    </message>
    <message>
        <source>from order {order}, billing run {run}</source>
        <translation>aus Auftrag {order}, Abrechnungslauf {run}</translation>
    </message>
    <message>
        <source>Billing run {run_id} was taken over by another process.</source>
        <translation>Der Abrechnungslauf {run_id} wurde von einem anderen Prozess übernommen.</translation>
    </message>
    <message>
        <source>billing run {run}</source>
        <translation>Abrechnungslauf {run}</translation>
    </message>
    <message>
        <source>billing run {run}: to print</source>
        <translation>Abrechnungslauf {run}: zum Drucken</translation>
    </message>
    <message>
        <source>There is no billing run {run_id}.</source>
        <translation>Es gibt keinen Abrechnungslauf {run_id}.</translation>
    </message>
    <message>
        <source>Billing run {run_id} is finished already.</source>
        <translation>Der Abrechnungslauf {run_id} ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Billing run {run_id} is being processed right now (on this or another workstation); wait for it or resume it later.</source>
        <translation>Der Abrechnungslauf {run_id} wird gerade verarbeitet (an diesem oder einem anderen Arbeitsplatz); warten Sie darauf oder setzen Sie ihn später fort.</translation>
    </message>
    <message>
        <source>The order was deleted.</source>
        <translation>Der Auftrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>Already invoiced as a draft.</source>
        <translation>Bereits als Entwurf abgerechnet.</translation>
    </message>
    <message>
        <source>Already invoiced as {number}.</source>
        <translation>Bereits abgerechnet als {number}.</translation>
    </message>
    <message>
        <source>{done} of {total} orders</source>
        <translation>{done} von {total} Aufträgen</translation>
    </message>
    <message>
        <source>The order was invoiced by someone else at the same moment.</source>
        <translation>Der Auftrag wurde im selben Moment von jemand anderem abgerechnet.</translation>
    </message>
    <message>
        <source>The PDF could not be rendered: {error}</source>
        <translation>Die PDF konnte nicht erzeugt werden: {error}</translation>
    </message>
    <message>
        <source>Invoice {number} was created, but: {error}</source>
        <translation>Rechnung {number} wurde erstellt, aber: {error}</translation>
    </message>
    <message>
        <source>{date_rule!r} is not an invoice date rule.</source>
        <translation>{date_rule!r} ist keine Regel für das Rechnungsdatum.</translation>
    </message>
    <message>
        <source>Unknown billing action {action!r}.</source>
        <translation>Unbekannte Abrechnungsaktion {action!r}.</translation>
    </message>
    <message>
        <source>The order has no lines.</source>
        <translation>Der Auftrag hat keine Positionen.</translation>
    </message>
    <message>
        <source>The amount is zero; there is nothing to invoice.</source>
        <translation>Der Betrag ist null; es gibt nichts abzurechnen.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address; choose Print or Create only.</source>
        <translation>{name} hat keine E-Mail-Adresse; wählen Sie „Drucken“ oder „Nur erstellen“.</translation>
    </message>
    <message>
        <source>Reverse charge needs the VAT ID of {name}.</source>
        <translation>Für Reverse Charge wird die USt-IdNr. von {name} benötigt.</translation>
    </message>
    <message>
        <source>The address of {name} is incomplete (street, postal code and city).</source>
        <translation>Die Adresse von {name} ist unvollständig (Straße, PLZ und Ort).</translation>
    </message>
    <message>
        <source>The order is canceled.</source>
        <translation>Der Auftrag ist storniert.</translation>
    </message>
    <message>
        <source>{period!r} is not a close-date period.</source>
        <translation>{period!r} ist kein Zeitraum für das Abschlussdatum.</translation>
    </message>
    <message>
        <source>Choose at least one order stage.</source>
        <translation>Wählen Sie mindestens eine Auftragsphase.</translation>
    </message>
    <message>
        <source>A custom close-date range needs a first and a last day.</source>
        <translation>Ein eigener Zeitraum für das Abschlussdatum braucht einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>The close-date range ends before it starts.</source>
        <translation>Der Zeitraum für das Abschlussdatum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>The run has no orders; fetch orders first.</source>
        <translation>Der Lauf hat keine Aufträge; rufen Sie zuerst Aufträge ab.</translation>
    </message>
    <message>
        <source>{spec_action!r} is not a billing action.</source>
        <translation>{spec_action!r} ist keine Abrechnungsaktion.</translation>
    </message>
    <message>
        <source>There is no order with the id {spec_order_id}.</source>
        <translation>Es gibt keinen Auftrag mit der ID {spec_order_id}.</translation>
    </message>
    <message>
        <source>There is no billing scenario called {name!r}.</source>
        <translation>Es gibt kein Abrechnungsszenario namens {name!r}.</translation>
    </message>
    <message>
        <source>A billing scenario needs a name.</source>
        <translation>Ein Abrechnungsszenario braucht einen Namen.</translation>
    </message>
    <message>
        <source>{scenario_default_action!r} is not a billing action.</source>
        <translation>{scenario_default_action!r} ist keine Abrechnungsaktion.</translation>
    </message>
    <message>
        <source>{scenario_date_rule!r} is not an invoice date rule.</source>
        <translation>{scenario_date_rule!r} ist keine Regel für das Rechnungsdatum.</translation>
    </message>
    <message>
        <source>There is already a billing scenario called {name!r}.</source>
        <translation>Es gibt bereits ein Abrechnungsszenario namens {name!r}.</translation>
    </message>
    <message>
        <source>The billing scenario {scenario_id} was deleted meanwhile.</source>
        <translation>Das Abrechnungsszenario {scenario_id} wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Case {case_id} has no invoice number or invoice date and cannot be booked.</source>
        <translation>Der Vorgang {case_id} hat keine Rechnungsnummer oder kein Rechnungsdatum und kann nicht gebucht werden.</translation>
    </message>
    <message>
        <source>Unknown export format {fmt!r}; use datev or csv.</source>
        <translation>Unbekanntes Exportformat {fmt!r}; verwenden Sie datev oder csv.</translation>
    </message>
    <message>
        <source>An approved invoice is booked by exporting it (DATEV or CSV); use Booking export so that the booking file is written.</source>
        <translation>Eine freigegebene Rechnung wird durch den Export gebucht (DATEV oder CSV); verwenden Sie den Buchungsexport, damit die Buchungsdatei geschrieben wird.</translation>
    </message>
    <message>
        <source>There are no approved invoices to export.</source>
        <translation>Es gibt keine freigegebenen Rechnungen zum Exportieren.</translation>
    </message>
    <message>
        <source>There is no export with the id {export_id}.</source>
        <translation>Es gibt keinen Export mit der ID {export_id}.</translation>
    </message>
    <message>
        <source>The file of export {export_id} is missing.</source>
        <translation>Die Datei des Exports {export_id} fehlt.</translation>
    </message>
    <message>
        <source>exported in {file}</source>
        <translation>exportiert in {file}</translation>
    </message>
    <message>
        <source>There is no case with the id {case_id}.</source>
        <translation>Es gibt keinen Vorgang mit der ID {case_id}.</translation>
    </message>
    <message>
        <source>paid, delivered, booked</source>
        <translation>bezahlt, geliefert, gebucht</translation>
    </message>
    <message>
        <source>The folder {target_parent} does not exist.</source>
        <translation>Der Ordner {target_parent} existiert nicht.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>No cases are selected; select at least one or export all.</source>
        <translation>Es sind keine Vorgänge ausgewählt; wählen Sie mindestens einen aus oder exportieren Sie alle.</translation>
    </message>
    <message>
        <source>A collective invoice covers at least one period.</source>
        <translation>Eine Sammelrechnung umfasst mindestens einen Zeitraum.</translation>
    </message>
    <message>
        <source>Merging invoices</source>
        <translation>Rechnungen zusammenführen</translation>
    </message>
    <message>
        <source>The send date lies in the past; choose today or a later day.</source>
        <translation>Das Versanddatum liegt in der Vergangenheit; wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message>
        <source>merged {count} contract invoices: {parts} and {more} more</source>
        <translation>{count} Vertragsrechnungen zusammengeführt: {parts} und {more} weitere</translation>
    </message>
    <message>
        <source>merged {count} contract invoices: {parts}</source>
        <translation>{count} Vertragsrechnungen zusammengeführt: {parts}</translation>
    </message>
    <message>
        <source>Undoing a merge</source>
        <translation>Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Case {case_id} is not a collective invoice.</source>
        <translation>Der Vorgang {case_id} ist keine Sammelrechnung.</translation>
    </message>
    <message>
        <source>Setting the send date</source>
        <translation>Versanddatum setzen</translation>
    </message>
    <message>
        <source>collective invoice edited</source>
        <translation>Sammelrechnung bearbeitet</translation>
    </message>
    <message>
        <source>The send date {day:%d.%m.%Y} lies in the past; choose today or a later day.</source>
        <translation>Das Versanddatum {day:%d.%m.%Y} liegt in der Vergangenheit; wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message>
        <source>Collective invoice {value} is already issued; its send date can no longer change.</source>
        <translation>Die Sammelrechnung {value} ist bereits ausgestellt; ihr Versanddatum lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>send date set to {day:%d.%m.%Y}</source>
        <translation>Versanddatum auf {day:%d.%m.%Y} gesetzt</translation>
    </message>
    <message>
        <source>send date cleared</source>
        <translation>Versanddatum entfernt</translation>
    </message>
    <message>
        <source>The collective invoice has no lines to show.</source>
        <translation>Die Sammelrechnung hat keine Positionen zum Anzeigen.</translation>
    </message>
    <message>
        <source>The collective invoice has no customer.</source>
        <translation>Die Sammelrechnung hat keinen Kunden.</translation>
    </message>
    <message>
        <source>Changing the collective-invoice settings</source>
        <translation>Einstellungen für Sammelrechnungen ändern</translation>
    </message>
    <message>
        <source>The popup is shown to all clerks or only to the creators.</source>
        <translation>Der Hinweis nach der Anmeldung geht entweder an alle Sachbearbeiter oder nur an die Ersteller.</translation>
    </message>
    <message>
        <source>{send_time!r} is not a time of day (HH:MM).</source>
        <translation>{send_time!r} ist keine Uhrzeit (HH:MM).</translation>
    </message>
    <message>
        <source>{timezone!r} is not a known time zone.</source>
        <translation>{timezone!r} ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>The company data (name, address, VAT ID, bank) is not set up yet; enter it in the settings before issuing invoices.</source>
        <translation>Die Firmendaten (Name, Adresse, USt-IdNr., Bank) sind noch nicht eingerichtet; geben Sie sie in den Einstellungen ein, bevor Sie Rechnungen ausstellen.</translation>
    </message>
    <message>
        <source>Changing the company data</source>
        <translation>Firmendaten ändern</translation>
    </message>
    <message>
        <source>The company name must not be empty.</source>
        <translation>Der Firmenname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The company needs a VAT ID or a tax number (§14 UStG).</source>
        <translation>Die Firma braucht eine USt-IdNr. oder eine Steuernummer (§ 14 UStG).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>Connected to {url}; its tables will be created or updated at the next start.</source>
        <translation>Verbunden mit {url}; die Tabellen werden beim nächsten Start angelegt oder aktualisiert.</translation>
    </message>
    <message>
        <source>Connected to {url}; its tables are up to date.</source>
        <translation>Verbunden mit {url}; die Tabellen sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>The file {path} does not exist yet; it will be created at the next start.</source>
        <translation>Die Datei {path} gibt es noch nicht; sie wird beim nächsten Start angelegt.</translation>
    </message>
    <message>
        <source>The database {url} cannot be reached: {first}</source>
        <translation>Die Datenbank {url} ist nicht erreichbar: {first}</translation>
    </message>
    <message>
        <source>The folder {path_parent} does not exist.</source>
        <translation>Der Ordner {path_parent} existiert nicht.</translation>
    </message>
    <message>
        <source>The period to take over ends before it begins.</source>
        <translation>Der zu übernehmende Zeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>Taking over contract invoices</source>
        <translation>Vertragsrechnungen übernehmen</translation>
    </message>
    <message>
        <source>taking over</source>
        <translation>Übernahme läuft</translation>
    </message>
    <message>
        <source>There is no customer with the id {party_id}.</source>
        <translation>Es gibt keinen Kunden mit der ID {party_id}.</translation>
    </message>
    <message>
        <source>{party_name} is not a customer.</source>
        <translation>{party_name} ist kein Kunde.</translation>
    </message>
    <message>
        <source>The contract needs a title (what is serviced).</source>
        <translation>Der Vertrag braucht eine Bezeichnung (welche Leistung er umfasst).</translation>
    </message>
    <message>
        <source>Billing must be in advance or in arrears.</source>
        <translation>Die Abrechnung muss im Voraus oder nachträglich erfolgen.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Der Vertrag endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>The contract needs at least one line.</source>
        <translation>Der Vertrag braucht mindestens eine Position.</translation>
    </message>
    <message>
        <source>{currency!r} is not a currency code.</source>
        <translation>{currency!r} ist kein Währungscode.</translation>
    </message>
    <message>
        <source>Creating a contract</source>
        <translation>Vertrag anlegen</translation>
    </message>
    <message>
        <source>Changing a contract</source>
        <translation>Vertrag ändern</translation>
    </message>
    <message>
        <source>Line {i} has no description.</source>
        <translation>Position {i} hat keine Beschreibung.</translation>
    </message>
    <message>
        <source>Line {i} needs a quantity above zero.</source>
        <translation>Position {i} braucht eine Menge über null.</translation>
    </message>
    <message>
        <source>Line {i} has a negative price.</source>
        <translation>Position {i} hat einen negativen Preis.</translation>
    </message>
    <message>
        <source>There is no contract with the id {contract_id}.</source>
        <translation>Es gibt keinen Vertrag mit der ID {contract_id}.</translation>
    </message>
    <message>
        <source>Contract {contract_number} was changed by someone else meanwhile; reopen it to see the current state. Nothing was saved.</source>
        <translation>Der Vertrag {contract_number} wurde inzwischen von jemand anderem geändert; öffnen Sie ihn erneut, um den aktuellen Stand zu sehen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The import limit must be between 1 and {most}.</source>
        <translation>Die Importgrenze muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <source>price of product {sku}</source>
        <translation>Preis des Produkts {sku}</translation>
    </message>
    <message>
        <source>order {number}</source>
        <translation>Auftrag {number}</translation>
    </message>
    <message>
        <source>unit price in {where}</source>
        <translation>Einzelpreis in {where}</translation>
    </message>
    <message>
        <source>quantity in {where}</source>
        <translation>Menge in {where}</translation>
    </message>
    <message>
        <source>line total in {where}</source>
        <translation>Positionssumme in {where}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Only an issued outgoing invoice can be credited.</source>
        <translation>Nur eine ausgestellte Ausgangsrechnung kann gutgeschrieben werden.</translation>
    </message>
    <message>
        <source>{invoice_number} is itself a credit note.</source>
        <translation>{invoice_number} ist selbst eine Gutschrift.</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} is canceled and already credited.</source>
        <translation>Die Rechnung {invoice_number} ist storniert und bereits gutgeschrieben.</translation>
    </message>
    <message>
        <source>A credit note needs a reason.</source>
        <translation>Eine Gutschrift braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Wählen Sie mindestens eine Position zum Gutschreiben.</translation>
    </message>
    <message>
        <source>credit note for {number}</source>
        <translation>Gutschrift zu {number}</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} has no line {item_position}.</source>
        <translation>Die Rechnung {invoice_number} hat keine Position {item_position}.</translation>
    </message>
    <message>
        <source>Line {item_position} of invoice {invoice_number} can be credited with at most {value}, not {value2}.</source>
        <translation>Position {item_position} der Rechnung {invoice_number} kann höchstens mit {value} gutgeschrieben werden, nicht mit {value2}.</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} is already fully credited.</source>
        <translation>Die Rechnung {invoice_number} ist bereits vollständig gutgeschrieben.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address; enter a recipient to send.</source>
        <translation>{name} hat keine E-Mail-Adresse; geben Sie zum Senden einen Empfänger ein.</translation>
    </message>
    <message>
        <source>The postal address of {name} is incomplete.</source>
        <translation>Die Postanschrift von {name} ist unvollständig.</translation>
    </message>
    <message>
        <source>Reverse charge needs the VAT ID of {name}; it has none.</source>
        <translation>Für die Steuerschuldnerschaft des Leistungsempfängers wird die USt-IdNr. von {name} benötigt; es ist keine hinterlegt.</translation>
    </message>
    <message>
        <source>The VAT ID {vat_id} of {name} is not valid.</source>
        <translation>Die USt-IdNr. {vat_id} von {name} ist ungültig.</translation>
    </message>
    <message>
        <source>The IBAN {iban} of {name} is not valid.</source>
        <translation>Die IBAN {iban} von {name} ist ungültig.</translation>
    </message>
    <message>
        <source>The e-mail address {email} is not valid.</source>
        <translation>Die E-Mail-Adresse {email} ist ungültig.</translation>
    </message>
    <message>
        <source>The customer of order {order_number} is missing.</source>
        <translation>Der Kunde des Auftrags {order_number} fehlt.</translation>
    </message>
    <message>
        <source>Order {order_number} has no lines to deliver.</source>
        <translation>Der Auftrag {order_number} hat keine Positionen zum Liefern.</translation>
    </message>
    <message>
        <source>There is no order with the id {order_id}.</source>
        <translation>Es gibt keinen Auftrag mit der ID {order_id}.</translation>
    </message>
    <message>
        <source>Order {order_number} is canceled; nothing is delivered.</source>
        <translation>Der Auftrag {order_number} ist storniert; es wird nichts geliefert.</translation>
    </message>
    <message>
        <source>Order {order_number} already has the delivery note {existing_number}.</source>
        <translation>Der Auftrag {order_number} hat bereits den Lieferschein {existing_number}.</translation>
    </message>
    <message>
        <source>Order {order_id} has no delivery note yet.</source>
        <translation>Der Auftrag {order_id} hat noch keinen Lieferschein.</translation>
    </message>
    <message>
        <source>The number of contracts and customers must be zero or more.</source>
        <translation>Die Anzahl der Verträge und Kunden muss null oder größer sein.</translation>
    </message>
    <message>
        <source>There are no customers with an e-mail address; add some first.</source>
        <translation>Es gibt keine Kunden mit E-Mail-Adresse; legen Sie zuerst welche an.</translation>
    </message>
    <message>
        <source>the same file was taken in</source>
        <translation>dieselbe Datei wurde bereits eingelesen</translation>
    </message>
    <message>
        <source>same supplier and invoice number {number}</source>
        <translation>gleicher Lieferant und gleiche Rechnungsnummer {number}</translation>
    </message>
    <message>
        <source>same supplier and amount {amount} within {days} days</source>
        <translation>gleicher Lieferant und gleicher Betrag {amount} innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <source>InvoiceDesk is already set up; change it in the settings.</source>
        <translation>InvoiceDesk ist bereits eingerichtet; ändern Sie die Einrichtung in den Einstellungen.</translation>
    </message>
    <message>
        <source>The login name must be 1 to 64 characters long.</source>
        <translation>Der Benutzername muss 1 bis 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The initials must be 1 to 8 characters long.</source>
        <translation>Das Kürzel muss 1 bis 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <source>net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>tax amount</source>
        <translation>Steuerbetrag</translation>
    </message>
    <message>
        <source>gross amount</source>
        <translation>Bruttobetrag</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>There is no incoming case with the id {case_id}.</source>
        <translation>Es gibt keinen eingehenden Vorgang mit der ID {case_id}.</translation>
    </message>
    <message>
        <source>Enter the {amount}.</source>
        <translation>Geben Sie den {amount} ein.</translation>
    </message>
    <message>
        <source>Net {net} + tax {tax} = {sum}, but the gross amount is {gross}.</source>
        <translation>Netto {net} + Steuer {tax} = {sum}, aber der Bruttobetrag ist {gross}.</translation>
    </message>
    <message>
        <source>The {what} {value!r} is not a date (yyyy-mm-dd).</source>
        <translation>Das {what} {value!r} ist kein Datum (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>Enter the {first} and {second}.</source>
        <translation>Geben Sie den {first} und den {second} ein.</translation>
    </message>
    <message>
        <source>The lines add up to {total}, but the net amount is {net}.</source>
        <translation>Die Positionen ergeben zusammen {total}, der Nettobetrag ist aber {net}.</translation>
    </message>
    <message>
        <source>Enter the net, tax and gross amounts.</source>
        <translation>Geben Sie Netto-, Steuer- und Bruttobetrag ein.</translation>
    </message>
    <message>
        <source>file {name} received</source>
        <translation>Datei {name} eingegangen</translation>
    </message>
    <message>
        <source>e-invoice {version} {profile} read exactly</source>
        <translation>E-Rechnung {version} {profile} exakt gelesen</translation>
    </message>
    <message>
        <source>validation failed: {rules}</source>
        <translation>Prüfung fehlgeschlagen: {rules}</translation>
    </message>
    <message>
        <source>possible duplicate of case {case} ({reason})</source>
        <translation>mögliche Dublette von Vorgang {case} ({reason})</translation>
    </message>
    <message>
        <source>profile {profile} is not a full invoice (no lines)</source>
        <translation>Profil {profile} ist keine vollständige Rechnung (keine Positionen)</translation>
    </message>
    <message>
        <source>read out from the PDF text</source>
        <translation>aus dem PDF-Text ausgelesen</translation>
    </message>
    <message>
        <source>no text in the PDF</source>
        <translation>kein Text in der PDF</translation>
    </message>
    <message>
        <source>The number pattern {pattern!r} has no {{seq}}.</source>
        <translation>Das Nummernformat {pattern!r} enthält kein {{seq}}.</translation>
    </message>
    <message>
        <source>There is no number series {series_code!r}; set one up first.</source>
        <translation>Es gibt keinen Nummernkreis {series_code!r}; richten Sie zuerst einen ein.</translation>
    </message>
    <message>
        <source>The totals of {doc_number} ({totals_gross}) do not match the stored amount ({stored}); save the draft again.</source>
        <translation>Die Summen von {doc_number} ({totals_gross}) passen nicht zum gespeicherten Betrag ({stored}); speichern Sie den Entwurf erneut.</translation>
    </message>
    <message>
        <source>Case {case_id} is already issued as {case_number}.</source>
        <translation>Der Vorgang {case_id} ist bereits als {case_number} ausgestellt.</translation>
    </message>
    <message>
        <source>Case {case_id} has no lines; add at least one before issuing.</source>
        <translation>Der Vorgang {case_id} hat keine Positionen; fügen Sie vor dem Ausstellen mindestens eine hinzu.</translation>
    </message>
    <message>
        <source>Case {case_id} has no customer; choose one before issuing.</source>
        <translation>Der Vorgang {case_id} hat keinen Kunden; wählen Sie vor dem Ausstellen einen aus.</translation>
    </message>
    <message>
        <source>Case {case_id} has no invoice PDF; it is not issued yet.</source>
        <translation>Der Vorgang {case_id} hat kein Rechnungs-PDF; er ist noch nicht ausgestellt.</translation>
    </message>
    <message>
        <source>Unknown delivery {delivery!r}; use email, print or create_only.</source>
        <translation>Unbekannter Versandweg {delivery!r}; verwenden Sie email, print oder create_only.</translation>
    </message>
    <message>
        <source>The number pattern {pattern!r} pads {name}, only seq.</source>
        <translation>Das Nummernformat {pattern!r} füllt {name} mit Nullen auf; das geht nur bei seq.</translation>
    </message>
    <message>
        <source>The number pattern {pattern!r} uses an unknown {{{name}}}.</source>
        <translation>Das Nummernformat {pattern!r} verwendet den unbekannten Platzhalter {{{name}}}.</translation>
    </message>
    <message>
        <source>Reverse charge needs the company&apos;s own VAT ID.</source>
        <translation>Für Reverse Charge wird die eigene USt-IdNr. der Firma benötigt.</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>sent to {to}</source>
        <translation>gesendet an {to}</translation>
    </message>
    <message>
        <source>e-mail to {to} failed: {reason}</source>
        <translation>E-Mail an {to} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>sent to {to}; refused: {refused}</source>
        <translation>gesendet an {to}; abgelehnt: {refused}</translation>
    </message>
    <message>
        <source>{kind} e-mail {comment}</source>
        <translation>{kind}-E-Mail {comment}</translation>
    </message>
    <message>
        <source>{kind} {text}</source>
        <translation>{kind} {text}</translation>
    </message>
    <message>
        <source>sending interrupted ({reason}); check whether the customer received the {kind} e-mail to {to}</source>
        <translation>Versand unterbrochen ({reason}); prüfen Sie, ob die {kind}-E-Mail an {to} beim Kunden angekommen ist</translation>
    </message>
    <message>
        <source>{kind} e-mail queued again</source>
        <translation>{kind}-E-Mail erneut eingereiht</translation>
    </message>
    <message>
        <source>Case {value} has no e-mail address; enter the recipient first.</source>
        <translation>Der Vorgang {value} hat keine E-Mail-Adresse; geben Sie zuerst den Empfänger ein.</translation>
    </message>
    <message>
        <source>Order line {pos} has neither a description nor a known article.</source>
        <translation>Auftragsposition {pos} hat weder eine Beschreibung noch einen bekannten Artikel.</translation>
    </message>
    <message>
        <source>Order line {pos} ({description}) has no price or VAT rate.</source>
        <translation>Auftragsposition {pos} ({description}) hat keinen Preis oder USt.-Satz.</translation>
    </message>
    <message>
        <source>Order line {pos} ({description}) needs a quantity above zero.</source>
        <translation>Auftragsposition {pos} ({description}) braucht eine Menge über null.</translation>
    </message>
    <message>
        <source>Order line {pos} ({description}) has a negative price.</source>
        <translation>Auftragsposition {pos} ({description}) hat einen negativen Preis.</translation>
    </message>
    <message>
        <source>{stage!r} is not an order stage ({items}).</source>
        <translation>{stage!r} ist keine Auftragsphase ({items}).</translation>
    </message>
    <message>
        <source>{delivery!r} is not an invoice delivery ({items}).</source>
        <translation>{delivery!r} ist kein Versandweg für Rechnungen ({items}).</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Ein Auftrag braucht mindestens eine Position.</translation>
    </message>
    <message>
        <source>Order {order_number} is invoiced; its lines cannot change.</source>
        <translation>Der Auftrag {order_number} ist abgerechnet; seine Positionen können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Creating an order</source>
        <translation>Auftrag anlegen</translation>
    </message>
    <message>
        <source>Changing an order</source>
        <translation>Auftrag ändern</translation>
    </message>
    <message>
        <source>Changing the stage of an order</source>
        <translation>Auftragsphase ändern</translation>
    </message>
    <message>
        <source>Approving an order for invoicing</source>
        <translation>Auftrag zur Abrechnung freigeben</translation>
    </message>
    <message>
        <source>Order {order_number} is invoiced; its stage is final.</source>
        <translation>Der Auftrag {order_number} ist abgerechnet; seine Phase lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Order {order_number} was changed by someone else meanwhile; nothing was saved. Close the editor and open the order again.</source>
        <translation>Der Auftrag {order_number} wurde inzwischen von jemand anderem geändert; es wurde nichts gespeichert. Schließen Sie den Editor und öffnen Sie den Auftrag erneut.</translation>
    </message>
    <message>
        <source>Order {order_number} is invoiced already.</source>
        <translation>Der Auftrag {order_number} ist bereits abgerechnet.</translation>
    </message>
    <message>
        <source>Order {order_number} is canceled; it cannot be invoiced.</source>
        <translation>Der Auftrag {order_number} ist storniert; er kann nicht abgerechnet werden.</translation>
    </message>
    <message>
        <source>Reverse charge needs the VAT ID of {party_name}; enter it in the customer data.</source>
        <translation>Für Reverse Charge wird die USt-IdNr. von {party_name} benötigt; tragen Sie sie in den Kundendaten ein.</translation>
    </message>
    <message>
        <source>A delivery period needs a first day on or before its last day.</source>
        <translation>Beim Leistungszeitraum muss der erste Tag am oder vor dem letzten Tag liegen.</translation>
    </message>
    <message>
        <source>Invoice {case_number} is issued and cannot be changed; correct it with a credit note and a new invoice.</source>
        <translation>Die Rechnung {case_number} ist ausgestellt und kann nicht geändert werden; korrigieren Sie sie mit einer Gutschrift und einer neuen Rechnung.</translation>
    </message>
    <message>
        <source>The PDF {att_filename} of an issued document is final.</source>
        <translation>Das PDF {att_filename} eines ausgestellten Belegs ist endgültig.</translation>
    </message>
    <message>
        <source>The case already has its PDF; {att_filename} cannot replace it.</source>
        <translation>Der Vorgang hat bereits sein PDF; {att_filename} kann es nicht ersetzen.</translation>
    </message>
    <message>
        <source>Line {i} has a quantity of zero.</source>
        <translation>Position {i} hat die Menge null.</translation>
    </message>
    <message>
        <source>Line {i} has a negative price; use a credit note instead.</source>
        <translation>Position {i} hat einen negativen Preis; erstellen Sie stattdessen eine Gutschrift.</translation>
    </message>
    <message>
        <source>Line {i} has an incomplete or reversed period.</source>
        <translation>Position {i}: Der Zeitraum ist unvollständig oder endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>draft created</source>
        <translation>Entwurf angelegt</translation>
    </message>
    <message>
        <source>draft edited</source>
        <translation>Entwurf bearbeitet</translation>
    </message>
    <message>
        <source>There is no outgoing case with the id {case_id}.</source>
        <translation>Es gibt keinen ausgehenden Vorgang mit der ID {case_id}.</translation>
    </message>
    <message>
        <source>Line {i}: {line_vat_category!r} is not a VAT category code.</source>
        <translation>Position {i}: {line_vat_category!r} ist kein Code einer Steuerkategorie.</translation>
    </message>
    <message>
        <source>Issued document {obj_number} cannot be deleted.</source>
        <translation>Der ausgestellte Beleg {obj_number} kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Issued document {obj_number} cannot be changed ({items}).</source>
        <translation>Der ausgestellte Beleg {obj_number} kann nicht geändert werden ({items}).</translation>
    </message>
    <message>
        <source>The lines of issued document {case_number} are final.</source>
        <translation>Die Positionen des ausgestellten Belegs {case_number} sind endgültig.</translation>
    </message>
    <message>
        <source>Stored file contents cannot be changed or deleted.</source>
        <translation>Gespeicherte Dateiinhalte können nicht geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <source>A preset name must be 1 to 100 characters long.</source>
        <translation>Der Name einer Vorlage muss 1 bis 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>{name!r} is the name of a shipped preset; choose another name.</source>
        <translation>{name!r} ist der Name einer mitgelieferten Vorlage; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>You can only delete presets you saved yourself.</source>
        <translation>Sie können nur Vorlagen löschen, die Sie selbst gespeichert haben.</translation>
    </message>
    <message>
        <source>send date {day:%d.%m.%Y} reached</source>
        <translation>Versanddatum {day:%d.%m.%Y} erreicht</translation>
    </message>
    <message>
        <source>not sent on {day:%d.%m.%Y}: {reason}</source>
        <translation>am {day:%d.%m.%Y} nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>e-mail to {to}</source>
        <translation>E-Mail an {to}</translation>
    </message>
    <message>
        <source>e-mail to {to}, cc {cc}</source>
        <translation>E-Mail an {to}, Kopie an {cc}</translation>
    </message>
    <message>
        <source>{value} has no e-mail address; enter a recipient.</source>
        <translation>{value} hat keine E-Mail-Adresse; geben Sie einen Empfänger ein.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>Changing the company settings</source>
        <translation>Firmeneinstellungen ändern</translation>
    </message>
    <message>
        <source>A number pattern can have at most 60 characters.</source>
        <translation>Ein Nummernformat darf höchstens 60 Zeichen haben.</translation>
    </message>
    <message>
        <source>The number pattern {pattern!r} has a brace that is not part of a placeholder.</source>
        <translation>Das Nummernformat {pattern!r} enthält eine geschweifte Klammer, die zu keinem Platzhalter gehört.</translation>
    </message>
    <message>
        <source>Changing the number formats</source>
        <translation>Nummernformate ändern</translation>
    </message>
    <message>
        <source>The accent colour must be written #RRGGBB, e.g. #1f4e79.</source>
        <translation>Die Akzentfarbe muss als #RRGGBB angegeben werden, z. B. #1f4e79.</translation>
    </message>
    <message>
        <source>The footer note can have at most 200 characters.</source>
        <translation>Der Hinweis über der Fußzeile darf höchstens 200 Zeichen haben.</translation>
    </message>
    <message>
        <source>Remind again after 0 to 168 hours.</source>
        <translation>„Später erinnern“ kann 0 bis 168 Stunden warten.</translation>
    </message>
    <message>
        <source>{color} is not a colour; write #RRGGBB.</source>
        <translation>{color} ist keine Farbe; schreiben Sie #RRGGBB.</translation>
    </message>
    <message>
        <source>Unknown role in {items}.</source>
        <translation>Unbekannte Rolle in {items}.</translation>
    </message>
    <message>
        <source>Mail texts in {language!r} are not supported.</source>
        <translation>E-Mail-Texte in {language!r} werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>There is no mail of the kind {kind!r}.</source>
        <translation>Es gibt keine E-Mail der Art {kind!r}.</translation>
    </message>
    <message>
        <source>A mail text needs a subject and a body.</source>
        <translation>Ein E-Mail-Text braucht einen Betreff und eine Nachricht.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}; use {allowed}.</source>
        <translation>Unbekannter Platzhalter {{{name}}}; verwenden Sie {allowed}.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: {exc}.</source>
        <translation>Ein Platzhalter ist nicht geschlossen: {exc}.</translation>
    </message>
    <message>
        <source>Fetching customers</source>
        <translation>Kunden werden abgerufen</translation>
    </message>
    <message>
        <source>Fetching products</source>
        <translation>Produkte werden abgerufen</translation>
    </message>
    <message>
        <source>Fetching shipping methods</source>
        <translation>Versandarten werden abgerufen</translation>
    </message>
    <message>
        <source>Fetching orders</source>
        <translation>Aufträge werden abgerufen</translation>
    </message>
    <message>
        <source>Storing {customers} customers, {articles} articles, {orders} orders</source>
        <translation>{customers} Kunden, {articles} Artikel, {orders} Aufträge werden gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>A shop needs a name of at most 50 characters.</source>
        <translation>Ein Shop braucht einen Namen mit höchstens 50 Zeichen.</translation>
    </message>
    <message>
        <source>Order {number} is invoiced already; not changed.</source>
        <translation>Der Auftrag {number} ist bereits abgerechnet; nicht geändert.</translation>
    </message>
    <message>
        <source>There is no shop called {name!r}; add it first.</source>
        <translation>Es gibt keinen Shop namens {name!r}; legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>There is no shop called {name!r}.</source>
        <translation>Es gibt keinen Shop namens {name!r}.</translation>
    </message>
    <message>
        <source>Shop product {remote_id} ({name}) merged into article {number} by SKU.</source>
        <translation>Shop-Produkt {remote_id} ({name}) über die SKU mit Artikel {number} zusammengeführt.</translation>
    </message>
    <message>
        <source>e-mail to {to} withdrawn: it will not be sent</source>
        <translation>E-Mail an {to} zurückgezogen: sie wird nicht gesendet</translation>
    </message>
    <message>
        <source>the e-mail to {to} was already being handed to the mail server and could not be withdrawn; check the outbox</source>
        <translation>die E-Mail an {to} wurde bereits an den Mailserver übergeben und konnte nicht zurückgezogen werden; prüfen Sie den Postausgang</translation>
    </message>
    <message>
        <source>due on {day}, unpaid</source>
        <translation>fällig am {day}, unbezahlt</translation>
    </message>
    <message>
        <source>Changing users</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>A user needs at least one role (clerk, reviewer, approver, admin).</source>
        <translation>Ein Benutzer braucht mindestens eine Rolle (Sachbearbeiter, Prüfer, Freigeber, Administrator).</translation>
    </message>
    <message>
        <source>The approval limit cannot be negative.</source>
        <translation>Die Freigabegrenze darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>approval limit</source>
        <translation>Freigabegrenze</translation>
    </message>
    <message>
        <source>There is no user with the id {user_id}.</source>
        <translation>Es gibt keinen Benutzer mit der ID {user_id}.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain; make someone else admin first.</source>
        <translation>Mindestens ein aktiver Administrator muss bleiben; machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <source>Unknown role in {items}; use clerk, reviewer, approver or admin.</source>
        <translation>Unbekannte Rolle in {items}; verwenden Sie clerk, reviewer, approver oder admin.</translation>
    </message>
    <message>
        <source>A user with the login {login!r} already exists.</source>
        <translation>Ein Benutzer mit dem Benutzernamen {login!r} existiert bereits.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Unbekannter Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>{name} is not a number an invoice can hold.</source>
        <translation>{name} ist keine Zahl, die eine Rechnung enthalten kann.</translation>
    </message>
    <message>
        <source>{where}: {value} is beyond the largest amount InvoiceDesk can store ({limit}).</source>
        <translation>{where}: {value} übersteigt den größten Betrag, den InvoiceDesk speichern kann ({limit}).</translation>
    </message>
    <message>
        <source>{path} is a folder; name a .json or .csv file.</source>
        <translation>{path} ist ein Ordner; geben Sie eine .json- oder .csv-Datei an.</translation>
    </message>
    <message>
        <source>{path_name} must hold a JSON object with the lists {lists}.</source>
        <translation>{path_name} muss ein JSON-Objekt mit den Listen {lists} enthalten.</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not an object.</source>
        <translation>{where}: {value!r} ist kein Objekt.</translation>
    </message>
    <message>
        <source>{where}: unknown field(s) {items}.</source>
        <translation>{where}: unbekannte(s) Feld(er) {items}.</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not a number.</source>
        <translation>{where}: {value!r} ist keine Zahl.</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not a date (YYYY-MM-DD).</source>
        <translation>{where}: {value!r} ist kein Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>{where}: {exc}</translation>
    </message>
    <message>
        <source>{path_name} lacks the column(s) {items}.</source>
        <translation>{path_name} enthält die Spalte(n) {items} nicht.</translation>
    </message>
    <message>
        <source>{path_name}: only .json and .csv files can be imported.</source>
        <translation>{path_name}: Nur .json- und .csv-Dateien können importiert werden.</translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation>Änderungsprotokoll lesen</translation>
    </message>
    <message>
        <source>Changing the mail server</source>
        <translation>Mailserver ändern</translation>
    </message>
    <message>
        <source>There is no user with the login {login!r}.</source>
        <translation>Es gibt keinen Benutzer mit dem Anmeldenamen {login!r}.</translation>
    </message>
    <message>
        <source>Creating a user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>an administrator must do this, since one exists (log in or use --as LOGIN)</source>
        <translation>das muss ein Administrator tun, da es einen gibt (anmelden oder --as LOGIN verwenden)</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <source>{path_name} is not UTF-8 text; save it as UTF-8 and import it again.</source>
        <translation>{path_name} ist kein UTF-8-Text; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path_name} is not valid JSON: {exc}</source>
        <translation>{path_name} ist kein gültiges JSON: {exc}</translation>
    </message>
    <message>
        <source>{path_name}: {key} must be a list of objects.</source>
        <translation>{path_name}: {key} muss eine Liste von Objekten sein.</translation>
    </message>
    <message>
        <source>{where}: {name} must be a single value.</source>
        <translation>{where}: {name} muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>{where}: lines must be a list.</source>
        <translation>{where}: lines muss eine Liste sein.</translation>
    </message>
    <message>
        <source>{base_url!r} is not the web address of a shop.</source>
        <translation>{base_url!r} ist keine Webadresse eines Shops.</translation>
    </message>
    <message>
        <source>The shop must be reached over HTTPS, so that the API key is not sent in clear.</source>
        <translation>Der Shop muss über HTTPS erreichbar sein, damit der API-Schlüssel nicht im Klartext gesendet wird.</translation>
    </message>
    <message>
        <source>The API key and secret of the shop {origin} are missing.</source>
        <translation>API-Schlüssel und Geheimnis des Shops {origin} fehlen.</translation>
    </message>
    <message>
        <source>The shop {origin} answered {code} for {path}: {value}</source>
        <translation>Der Shop {origin} hat auf {path} mit {code} geantwortet: {value}</translation>
    </message>
    <message>
        <source>The shop {origin} cannot be reached: {exc}</source>
        <translation>Der Shop {origin} ist nicht erreichbar: {exc}</translation>
    </message>
    <message>
        <source>The shop {origin} sent no list for {path}.</source>
        <translation>Der Shop {origin} hat für {path} keine Liste geliefert.</translation>
    </message>
    <message>
        <source>{name} is not an InvoiceDesk database; run `invoicedesk db upgrade` to set it up.</source>
        <translation>{name} ist keine InvoiceDesk-Datenbank; richten Sie sie mit `invoicedesk db upgrade` ein.</translation>
    </message>
    <message>
        <source>The database {name} has an older schema; run `invoicedesk db upgrade` first.</source>
        <translation>Die Datenbank {name} hat ein älteres Schema; führen Sie zuerst `invoicedesk db upgrade` aus.</translation>
    </message>
    <message>
        <source>The database {name} was set up by a newer InvoiceDesk; update this installation.</source>
        <translation>Die Datenbank {name} wurde von einem neueren InvoiceDesk eingerichtet; aktualisieren Sie diese Installation.</translation>
    </message>
    <message>
        <source>The database {url} cannot be opened: {first}</source>
        <translation>Die Datenbank {url} kann nicht geöffnet werden: {first}</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share, where SQLite can corrupt data when several workstations use it. For shared use, set up a PostgreSQL server and use its URL (postgresql+psycopg://user@server/invoicedesk).</source>
        <translation>Die Datenbankdatei {path} liegt auf einem Netzlaufwerk, wo SQLite Daten beschädigen kann, wenn mehrere Arbeitsplätze sie nutzen. Richten Sie für die gemeinsame Nutzung einen PostgreSQL-Server ein und verwenden Sie dessen URL (postgresql+psycopg://user@server/invoicedesk).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; name a file in it.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei; geben Sie eine Datei darin an.</translation>
    </message>
    <message>
        <source>There is no database file {path}; run `invoicedesk db upgrade` to create it.</source>
        <translation>Es gibt keine Datenbankdatei {path}; legen Sie sie mit `invoicedesk db upgrade` an.</translation>
    </message>
    <message>
        <source>The folder {folder} for the database file cannot be created ({reason}); choose another place.</source>
        <translation>Der Ordner {folder} für die Datenbankdatei kann nicht angelegt werden ({reason}); wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The database did not answer as expected ({text}). Nothing was changed.</source>
        <translation>Die Datenbank hat nicht wie erwartet geantwortet ({text}). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>InvoiceDesk — unexpected error</source>
        <translation>InvoiceDesk — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside InvoiceDesk: {summary}</source>
        <translation>In InvoiceDesk ist ein Fehler aufgetreten: {summary}</translation>
    </message>
    <message>
        <source>Drafts are saved as you type, so nothing you entered is lost. The details are in the log file
{path}
Please send this file to whoever looks after InvoiceDesk for you.</source>
        <translation>Entwürfe werden beim Tippen gespeichert, Ihre Eingaben gehen also nicht verloren. Die Einzelheiten stehen in der Protokolldatei
{path}
Bitte senden Sie diese Datei an die Person, die InvoiceDesk bei Ihnen betreut.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>PDF with Factur-X (standard)</source>
        <translation>PDF mit Factur-X (Standard)</translation>
    </message>
    <message>
        <source>XRechnung (CII) beside the PDF</source>
        <translation>XRechnung (CII) neben der PDF</translation>
    </message>
    <message>
        <source>XRechnung (UBL) beside the PDF</source>
        <translation>XRechnung (UBL) neben der PDF</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>the next number of the series</source>
        <translation>die nächste Nummer des Nummernkreises</translation>
    </message>
    <message>
        <source>Business (not a consumer)</source>
        <translation>Unternehmen (kein Verbraucher)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Address supplement</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-Code)</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
    </message>
    <message>
        <source>Opening customer</source>
        <translation>Kunde wird geöffnet</translation>
    </message>
    <message>
        <source>Saving customer</source>
        <translation>Kunde wird gespeichert</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Kunde bearbeiten…</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Noch kein Kunde gewählt.</translation>
    </message>
    <message>
        <source>Type a name, city, e-mail or VAT ID…</source>
        <translation>Name, Ort, E-Mail oder USt-IdNr. eingeben…</translation>
    </message>
    <message>
        <source>Searching customers</source>
        <translation>Kunden werden gesucht</translation>
    </message>
    <message>
        <source>{label} · no. {number}</source>
        <translation>{label} · Nr. {number}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Sprache: {language}</translation>
    </message>
    <message>
        <source>payment terms: {days} days</source>
        <translation>Zahlungsziel: {days} Tage</translation>
    </message>
    <message>
        <source>business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>XRechnung, Leitweg-ID {leitweg}</source>
        <translation>XRechnung, Leitweg-ID {leitweg}</translation>
    </message>
    <message>
        <source>VAT ID: {vat_id}  ·  E-mail: {email}</source>
        <translation>USt-IdNr.: {vat_id}  ·  E-Mail: {email}</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>InvoiceDesk — database password</source>
        <translation>InvoiceDesk — Datenbankpasswort</translation>
    </message>
    <message>
        <source>The database {name} needs a password.</source>
        <translation>Die Datenbank {name} benötigt ein Passwort.</translation>
    </message>
    <message>
        <source>Save in the password store</source>
        <translation>Im Passwortspeicher sichern</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer, so the password cannot be saved. It is used for this session only; InvoiceDesk asks again at the next start.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Passwortspeicher (Keyring), daher kann das Passwort nicht gespeichert werden. Es gilt nur für diese Sitzung; InvoiceDesk fragt beim nächsten Start erneut.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Guthaben des Kunden</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>bank statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>verrechnet</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Kein Vorgang ausgewählt</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Double-click opens the file; drop files here to attach them</source>
        <translation>Doppelklick öffnet die Datei; Dateien hierher ziehen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>No status changes yet — each action on the case is listed here.</source>
        <translation>Noch keine Statusänderungen — jede Aktion am Fall wird hier aufgeführt.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Internal notes (not printed on the invoice)</source>
        <translation>Interne Notizen (nicht auf der Rechnung)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(ohne Nummer)</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig {date}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>validation findings: {count}</source>
        <translation>Prüfbefunde: {count}</translation>
    </message>
    <message>
        <source>possible duplicate of case {id}</source>
        <translation>mögliches Duplikat von Vorgang {id}</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>as on the issued invoice</source>
        <translation>wie auf der ausgestellten Rechnung</translation>
    </message>
    <message>
        <source>Reverse charge (VAT owed by the recipient)</source>
        <translation>Reverse Charge (Steuerschuldnerschaft des Leistungsempfängers)</translation>
    </message>
    <message>
        <source>(no longer valid)</source>
        <translation>(nicht mehr gültig)</translation>
    </message>
    <message>
        <source>{paid} of {gross}</source>
        <translation>{paid} von {gross}</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(zurückgenommen)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Opening file</source>
        <translation>Datei wird geöffnet</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>No application opens {name}.</source>
        <translation>Kein Programm kann {name} öffnen.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Saving file</source>
        <translation>Datei wird gespeichert</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Dateien werden angehängt</translation>
    </message>
    <message>
        <source>Saving notes</source>
        <translation>Notizen werden gespeichert</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notizen nicht gespeichert</translation>
    </message>
    <message>
        <source>✉ The e-mail to {to} waits since {since}: {reason}. It goes out by itself once the mail server works — &lt;a href=&quot;mail&quot;&gt;set up the mail server&lt;/a&gt;.</source>
        <translation>✉ Die E-Mail an {to} wartet seit {since}: {reason}. Sie geht von selbst hinaus, sobald der Mailserver funktioniert — &lt;a href=&quot;mail&quot;&gt;Mailserver einrichten&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>⚠ The e-mail to {to} failed: {error}</source>
        <translation>⚠ Die E-Mail an {to} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>⚠ Sending the e-mail to {to} was interrupted; check whether it arrived (Resend sends it again).</source>
        <translation>⚠ Der Versand der E-Mail an {to} wurde unterbrochen; prüfen Sie, ob sie angekommen ist (Erneut senden schickt sie noch einmal).</translation>
    </message>
    <message>
        <source>✉ The e-mail to {to} is queued since {since} and sent in the background.</source>
        <translation>✉ Die E-Mail an {to} ist seit {since} eingereiht und wird im Hintergrund gesendet.</translation>
    </message>
    <message>
        <source>e-mail queued</source>
        <translation>E-Mail eingereiht</translation>
    </message>
    <message>
        <source>e-mail waits</source>
        <translation>E-Mail wartet</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>per E-Mail gesendet</translation>
    </message>
    <message>
        <source>e-mail failed</source>
        <translation>E-Mail fehlgeschlagen</translation>
    </message>
    <message>
        <source>e-mail withdrawn</source>
        <translation>E-Mail zurückgezogen</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>Dunning stopped: {reason}</source>
        <translation>Mahnverfahren gestoppt: {reason}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Begründung (Pflicht):</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Kommentar (optional):</translation>
    </message>
    <message>
        <source>Restart InvoiceDesk</source>
        <translation>InvoiceDesk neu starten</translation>
    </message>
    <message>
        <source>The change takes effect when InvoiceDesk starts again. Restart now? Open windows are closed first (drafts are saved as you type); you log in again.</source>
        <translation>Die Änderung wirkt nach einem Neustart von InvoiceDesk. Jetzt neu starten? Offene Fenster werden zuerst geschlossen (Entwürfe werden beim Tippen gespeichert); Sie melden sich danach erneut an.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Nothing was saved. Reload the case to see the current state.</source>
        <translation>Es wurde nichts gespeichert. Laden Sie den Vorgang neu, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Send failed</source>
        <translation>Versand fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Verarbeitung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Complete draft</source>
        <translation>Entwurf vervollständigen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird versendet…</translation>
    </message>
    <message>
        <source>Fix and resend</source>
        <translation>Korrigieren und erneut senden</translation>
    </message>
    <message>
        <source>Await payment</source>
        <translation>Zahlung abwarten</translation>
    </message>
    <message>
        <source>Remind customer</source>
        <translation>Kunden erinnern</translation>
    </message>
    <message>
        <source>Refund or offset</source>
        <translation>Erstatten oder verrechnen</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Liefern</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation>Wird verarbeitet…</translation>
    </message>
    <message>
        <source>Complete data</source>
        <translation>Daten vervollständigen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Export to booking</source>
        <translation>Buchungsexport</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Entwurf bearbeiten</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>Nur erstellen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <source>Mark not paid</source>
        <translation>Als unbezahlt markieren</translation>
    </message>
    <message>
        <source>Paid POS</source>
        <translation>Bar/EC bezahlt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht geliefert</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Nicht gebucht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Notify customer</source>
        <translation>Kunden benachrichtigen</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Undo payment</source>
        <translation>Zahlung zurücknehmen</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Settle credit note</source>
        <translation>Gutschrift ausgleichen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Finish editing</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>Sent (mail server accepted)</source>
        <translation>Versendet (vom Mailserver angenommen)</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Versand fehlgeschlagen</translation>
    </message>
    <message>
        <source>Read-out done</source>
        <translation>Auslesen abgeschlossen</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Meine offenen Vorgänge</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Buchbar</translation>
    </message>
    <message>
        <source>Needs my review</source>
        <translation>Wartet auf meine Prüfung</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>Wartet auf meine Freigabe</translation>
    </message>
    <message>
        <source>Unsent collective invoices</source>
        <translation>Offene Sammelrechnungen</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>No delivery date</source>
        <translation>Kein Lieferdatum</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Leistungszeitraum</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Fügen Sie mindestens eine Position hinzu.</translation>
    </message>
    <message>
        <source>Reading the company&apos;s tax data</source>
        <translation>Steuerdaten der Firma werden gelesen</translation>
    </message>
    <message>
        <source>Opening draft</source>
        <translation>Entwurf wird geöffnet</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>the customer&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Delivery, payment and tax</source>
        <translation>Lieferung, Zahlung und Steuer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Customer&apos;s terms</source>
        <translation>Zahlungsziel des Kunden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>standard wording with the due date</source>
        <translation>Standardtext mit dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Terms text</source>
        <translation>Zahlungstext</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Shift+N)</source>
        <translation>Position hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Amounts are net; type 1.234,50 or 1234.50. The net column is computed.</source>
        <translation>Beträge sind netto; 1.234,50 oder 1234.50 eingeben. Die Spalte Netto wird berechnet.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>optional; printed above the payment terms</source>
        <translation>optional; wird über den Zahlungsbedingungen gedruckt</translation>
    </message>
    <message>
        <source>Notes on the invoice</source>
        <translation>Hinweise auf der Rechnung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Neue Gutschrift</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Draft credit note — case {case}</source>
        <translation>Entwurf Gutschrift — Vorgang {case}</translation>
    </message>
    <message>
        <source>Draft invoice — case {case}</source>
        <translation>Entwurf Rechnung — Vorgang {case}</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <source>the customer has no e-mail</source>
        <translation>der Kunde hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Customer&apos;s language ({language})</source>
        <translation>Sprache des Kunden ({language})</translation>
    </message>
    <message>
        <source>Customer&apos;s terms ({days} days)</source>
        <translation>Zahlungsziel des Kunden ({days} Tage)</translation>
    </message>
    <message>
        <source>Reverse charge needs the VAT ID of {name}; it has none.</source>
        <translation>Für die Steuerschuldnerschaft des Leistungsempfängers wird die USt-IdNr. von {name} benötigt; es ist keine hinterlegt.</translation>
    </message>
    <message>
        <source>The service period ends before it starts.</source>
        <translation>Der Leistungszeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>Saving draft</source>
        <translation>Entwurf wird gespeichert</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Entwurf gespeichert um {time}</translation>
    </message>
    <message>
        <source>Not saved yet: {error}</source>
        <translation>Noch nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved at {time} — total {total}</source>
        <translation>Gespeichert um {time} — Summe {total}</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>DunningMenu</name>
    <message>
        <source>Payment reminders…</source>
        <translation>Mahnwesen…</translation>
    </message>
</context>
<context>
    <name>DunningRows</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop dunning</source>
        <translation>Mahnverfahren stoppen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Gemahnt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Dunning stopped</source>
        <translation>Mahnverfahren gestoppt</translation>
    </message>
    <message>
        <source>No longer due</source>
        <translation>Nicht mehr fällig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>e-mail queued</source>
        <translation>E-Mail eingereiht</translation>
    </message>
    <message>
        <source>e-mail waits</source>
        <translation>E-Mail wartet</translation>
    </message>
    <message>
        <source>e-mail sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>e-mail failed</source>
        <translation>E-Mail fehlgeschlagen</translation>
    </message>
    <message>
        <source>e-mail withdrawn</source>
        <translation>E-Mail zurückgezogen</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>zum Drucken</translation>
    </message>
    <message>
        <source>{start} – {end}: {days} days at {rate} % = {amount}</source>
        <translation>{start} – {end}: {days} Tage zu {rate} % = {amount}</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The e-mail would wait: {reason}</source>
        <translation>Die E-Mail würde warten: {reason}</translation>
    </message>
</context>
<context>
    <name>DunningSettings</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Dunning levels and interest</source>
        <translation>Mahnstufen und Zinsen</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Tage nach Fälligkeit</translation>
    </message>
    <message>
        <source>Fee (EUR)</source>
        <translation>Gebühr (EUR)</translation>
    </message>
    <message>
        <source>Default interest</source>
        <translation>Verzugszinsen</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Level and language</source>
        <translation>Stufe und Sprache</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>E-Mail-Betreff</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Platzhalter: {names}</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Base rate %</source>
        <translation>Basiszinssatz %</translation>
    </message>
    <message>
        <source>Add base rate</source>
        <translation>Basiszinssatz hinzufügen</translation>
    </message>
    <message>
        <source>Base rate (§ 247 BGB, Bundesbank: 1 January and 1 July)</source>
        <translation>Basiszinssatz (§ 247 BGB, Bundesbank: 1. Januar und 1. Juli)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A reminder asks for payment within</source>
        <translation>Eine Mahnung fordert Zahlung innerhalb von</translation>
    </message>
    <message>
        <source>Saving the dunning settings</source>
        <translation>Mahneinstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>DunningWindow</name>
    <message>
        <source>Payment reminders</source>
        <translation>Mahnwesen</translation>
    </message>
    <message>
        <source>Show all due reminders</source>
        <translation>Alle fälligen Mahnungen zeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reminders of</source>
        <translation>Mahnungen vom</translation>
    </message>
    <message>
        <source>Print these instead</source>
        <translation>Stattdessen drucken</translation>
    </message>
    <message>
        <source>No reminder is due on this day — no open invoice has reached its next level yet.</source>
        <translation>An diesem Tag ist keine Mahnung fällig — keine offene Rechnung hat ihre nächste Stufe erreicht.</translation>
    </message>
    <message>
        <source>Action for selected rows:</source>
        <translation>Aktion für markierte Zeilen:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Levels and interest…</source>
        <translation>Mahnstufen und Zinsen…</translation>
    </message>
    <message>
        <source>Open reminders to print</source>
        <translation>Mahnungen zum Drucken öffnen</translation>
    </message>
    <message>
        <source>Process reminders</source>
        <translation>Mahnungen erstellen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Finding due reminders</source>
        <translation>Fällige Mahnungen werden gesucht</translation>
    </message>
    <message>
        <source>Only invoice {number}</source>
        <translation>Nur Rechnung {number}</translation>
    </message>
    <message>
        <source>No reminder is due for this invoice today.</source>
        <translation>Für diese Rechnung ist heute keine Mahnung fällig.</translation>
    </message>
    <message>
        <source>No reminder is due on this day.</source>
        <translation>An diesem Tag ist keine Mahnung fällig.</translation>
    </message>
    <message>
        <source>{due} due · {email} by e-mail · {print} to print · {total}</source>
        <translation>{due} fällig · {email} per E-Mail · {print} zum Drucken · {total}</translation>
    </message>
    <message>
        <source>{due} due</source>
        <translation>{due} fällig</translation>
    </message>
    <message numerus="yes">
        <source>⚠ E-mails cannot go out now: {reason}. The %n reminder(s) by e-mail would wait until the mail server works.</source>
        <translation>
            <numerusform>⚠ E-Mails können gerade nicht versendet werden: {reason}. Die %n Mahnung per E-Mail würde warten, bis der Mailserver funktioniert.</numerusform>
            <numerusform>⚠ E-Mails können gerade nicht versendet werden: {reason}. Die %n Mahnungen per E-Mail würden warten, bis der Mailserver funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop dunning</source>
        <translation>Mahnverfahren stoppen</translation>
    </message>
    <message>
        <source>{done} of {total} reminders</source>
        <translation>{done} von {total} Mahnungen</translation>
    </message>
    <message>
        <source>{done} reminded · {stopped} stopped · {failed} failed</source>
        <translation>{done} gemahnt · {stopped} gestoppt · {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Collecting reminders to print</source>
        <translation>Mahnungen zum Drucken werden gesammelt</translation>
    </message>
    <message>
        <source>No program could open {name}.</source>
        <translation>Kein Programm konnte {name} öffnen.</translation>
    </message>
</context>
<context>
    <name>EInvoiceView</name>
    <message>
        <source>E-invoice {syntax} · {version} · profile {profile}</source>
        <translation>E-Rechnung {syntax} · {version} · Profil {profile}</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>This profile carries no lines.</source>
        <translation>Dieses Profil enthält keine Positionen.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>To: {buyer}</source>
        <translation>An: {buyer}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Rechnung {number}</translation>
    </message>
</context>
<context>
    <name>ExportCsv</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Which cases should be exported?</source>
        <translation>Welche Vorgänge sollen exportiert werden?</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln filtered case(s)</source>
        <translation>
            <numerusform>Der %Ln gefilterte Vorgang</numerusform>
            <numerusform>Alle %Ln gefilterten Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected case(s) (%Ln)</source>
        <translation>
            <numerusform>Ausgewählter Vorgang (%Ln)</numerusform>
            <numerusform>Ausgewählte Vorgänge (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln case(s) written</source>
        <translation>
            <numerusform>Export läuft… %Ln Vorgang geschrieben</numerusform>
            <numerusform>Export läuft… %Ln Vorgänge geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln case(s) to {path}</source>
        <translation>
            <numerusform>%Ln Vorgang nach {path} exportiert</numerusform>
            <numerusform>%Ln Vorgänge nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting cases</source>
        <translation>Vorgänge werden exportiert</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Paid between</source>
        <translation>Bezahlt zwischen</translation>
    </message>
    <message>
        <source>Reverse charge only</source>
        <translation>Nur Reverse Charge</translation>
    </message>
    <message>
        <source>Include completed and archived</source>
        <translation>Auch erledigte und archivierte</translation>
    </message>
    <message>
        <source>Save preset…</source>
        <translation>Speichern als…</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Shipped preset</source>
        <translation>Mitgelieferte Vorlage</translation>
    </message>
    <message>
        <source>Your preset (Del removes it)</source>
        <translation>Ihre Vorlage (Entf löscht sie)</translation>
    </message>
    <message>
        <source>Preset: {name}</source>
        <translation>Vorlage: {name}</translation>
    </message>
    <message>
        <source>(with conditions of its own)</source>
        <translation>(mit eigenen Bedingungen)</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Welcome to InvoiceDesk</source>
        <translation>Willkommen bei InvoiceDesk</translation>
    </message>
    <message>
        <source>This database is new. How do you want to start?</source>
        <translation>Diese Datenbank ist neu. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Use demo data</source>
        <translation>Demodaten verwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set up my company&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meine Firma einrichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter your company, bank account, invoice numbers, mail server and the first administrator; click Next to begin. Takes about five minutes; everything can be changed later in the settings.</source>
        <translation>Geben Sie Ihre Firma, Bankverbindung, Rechnungsnummern, den Mailserver und den ersten Administrator ein; klicken Sie dazu auf Weiter. Das dauert etwa fünf Minuten; alles lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it with demo data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mit Demodaten ausprobieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The sample company Autohaus Rheinblick GmbH with {cases} invoice cases and four users. Log in as admin with the password admin-demo.</source>
        <translation>Die Beispielfirma Autohaus Rheinblick GmbH mit {cases} Rechnungsvorgängen und vier Benutzern. Anmeldung als admin mit dem Passwort admin-demo.</translation>
    </message>
    <message>
        <source>InvoiceDesk — first start</source>
        <translation>InvoiceDesk — erster Start</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihre Firma</translation>
    </message>
    <message>
        <source>Printed on every invoice (§14 UStG).</source>
        <translation>Steht auf jeder Rechnung (§ 14 UStG).</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <source>Where your customers pay to; printed on the invoice.</source>
        <translation>Wohin Ihre Kunden zahlen; steht auf der Rechnung.</translation>
    </message>
    <message>
        <source>Invoice numbers and payment terms</source>
        <translation>Rechnungsnummern und Zahlungsziel</translation>
    </message>
    <message>
        <source>Each series counts without gaps.</source>
        <translation>Jeder Nummernkreis zählt lückenlos.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>For sending invoices by e-mail. Leave the server empty to set it up later.</source>
        <translation>Für den Rechnungsversand per E-Mail. Lassen Sie den Server leer, um ihn später einzurichten.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The first user of InvoiceDesk.</source>
        <translation>Der erste Benutzer von InvoiceDesk.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>Demodaten werden angelegt</translation>
    </message>
    <message>
        <source>Saving the set-up</source>
        <translation>Einrichtung wird gespeichert</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mail-Passwort</translation>
    </message>
    <message>
        <source>Set-up not saved</source>
        <translation>Einrichtung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>IncomingEditor</name>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt. %</translation>
    </message>
    <message>
        <source>Cost account</source>
        <translation>Sachkonto</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Check the highlighted fields: {fields}.</source>
        <translation>Prüfen Sie die markierten Felder: {fields}.</translation>
    </message>
    <message>
        <source>Read completely: every field is sure.</source>
        <translation>Vollständig gelesen: alle Felder sind sicher.</translation>
    </message>
    <message>
        <source>Open case {id}</source>
        <translation>Vorgang {id} öffnen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Other VAT IDs on the page</source>
        <translation>Weitere USt-IdNr. auf der Seite</translation>
    </message>
    <message>
        <source>Other IBANs on the page</source>
        <translation>Weitere IBANs auf der Seite</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Adressiert an</translation>
    </message>
    <message>
        <source>known supplier, recognised by {how}</source>
        <translation>bekannter Lieferant, erkannt an {how}</translation>
    </message>
    <message>
        <source>not among the known suppliers</source>
        <translation>nicht unter den bekannten Lieferanten</translation>
    </message>
    <message>
        <source>Supplier record</source>
        <translation>Lieferantenstamm</translation>
    </message>
    <message>
        <source>Supplier invoice — case {id}</source>
        <translation>Lieferantenrechnung — Vorgang {id}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <source>Opening invoice</source>
        <translation>Rechnung wird geöffnet</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Click a word in the document to put it into the selected field.</source>
        <translation>Klicken Sie auf ein Wort im Dokument, um es in das ausgewählte Feld zu übernehmen.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Finish editing</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Hand the invoice on for review by a second user</source>
        <translation>Rechnung zur Prüfung an einen zweiten Benutzer weitergeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Read out with low confidence: please check.</source>
        <translation>Mit geringer Sicherheit ausgelesen: bitte prüfen.</translation>
    </message>
    <message>
        <source>Read from a scan by OCR (confidence {percent} %). Fields from uncertain words are highlighted.</source>
        <translation>Aus einem Scan per Texterkennung gelesen (Sicherheit {percent} %). Felder aus unsicher erkannten Wörtern sind hervorgehoben.</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>Das Dokument kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>(read-only: {status})</source>
        <translation>(schreibgeschützt: {status})</translation>
    </message>
    <message>
        <source>E-invoice, profile {profile}: read exactly.</source>
        <translation>E-Rechnung, Profil {profile}: exakt gelesen.</translation>
    </message>
    <message>
        <source>Possible duplicate of case {id}: {reason}</source>
        <translation>Mögliche Dublette von Vorgang {id}: {reason}</translation>
    </message>
    <message>
        <source>Saving invoice</source>
        <translation>Rechnung wird gespeichert</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Entwurf gespeichert um {time}</translation>
    </message>
    <message>
        <source>Not saved yet: {error}</source>
        <translation>Noch nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>{count} with errors</source>
        <translation>{count} mit Fehlern</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken in: {ready} ready</source>
        <translation>
            <numerusform>%n Datei übernommen: {ready} bereit</numerusform>
            <numerusform>%n Dateien übernommen: {ready} bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n mögliches Duplikat</numerusform>
            <numerusform>%n mögliche Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped intake(s) taken up again</source>
        <translation>
            <numerusform>%n abgebrochene Übernahme wieder aufgenommen</numerusform>
            <numerusform>%n abgebrochene Übernahmen wieder aufgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} being read on another workstation</source>
        <translation>{count} an einem anderen Arbeitsplatz in Arbeit</translation>
    </message>
    <message>
        <source>Only PDF and XML invoice files can be taken in.</source>
        <translation>Nur PDF- und XML-Rechnungsdateien können eingelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Taking in %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird eingelesen</numerusform>
            <numerusform>%n Dateien werden eingelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import supplier invoices</source>
        <translation>Lieferantenrechnungen importieren</translation>
    </message>
    <message>
        <source>Invoices and scans (*.pdf *.PDF *.xml *.XML *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Rechnungen und Scans (*.pdf *.PDF *.xml *.XML *.jpg *.jpeg *.png *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The watched folder {folder} does not exist.</source>
        <translation>Der überwachte Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Überwachter Ordner</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Reading case {case} again</source>
        <translation>Fall {case} wird erneut gelesen</translation>
    </message>
    <message>
        <source>Import supplier invoices…</source>
        <translation>Lieferantenrechnungen importieren…</translation>
    </message>
    <message>
        <source>Import supplier invoices (PDF, XML)</source>
        <translation>Lieferantenrechnungen importieren (PDF, XML)</translation>
    </message>
</context>
<context>
    <name>Intervals</name>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every 2 months</source>
        <translation>alle 2 Monate</translation>
    </message>
    <message>
        <source>every 3 months</source>
        <translation>alle 3 Monate</translation>
    </message>
    <message>
        <source>every 6 months</source>
        <translation>alle 6 Monate</translation>
    </message>
    <message>
        <source>every 12 months</source>
        <translation>alle 12 Monate</translation>
    </message>
</context>
<context>
    <name>LineFilter</name>
    <message>
        <source>Waiting</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Keine Rechnung</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Umsätze</translation>
    </message>
    <message>
        <source>Booked between</source>
        <translation>Gebucht zwischen</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Betrag von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Name, IBAN or remittance text</source>
        <translation>Name, IBAN oder Verwendungszweck</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>LineTable</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt. %</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>Ware</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>Liter</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>pauschal</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>The domestic rate; reverse charge and tax-free supplies print 0 %.</source>
        <translation>Der Inlandssteuersatz; Reverse Charge und steuerfreie Lieferungen werden mit 0 % gedruckt.</translation>
    </message>
    <message>
        <source>Line {row}: {column} &apos;{text}&apos; is not a number.</source>
        <translation>Position {row}: {column} &apos;{text}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>Line {row} has no description.</source>
        <translation>Position {row} hat keine Beschreibung.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>InvoiceDesk — log in</source>
        <translation>InvoiceDesk — Anmeldung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The login could not be checked: {error}</source>
        <translation>Die Anmeldung konnte nicht geprüft werden: {error}</translation>
    </message>
</context>
<context>
    <name>LoginPopup</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <source>Collective invoices without a send date</source>
        <translation>Sammelrechnungen ohne Versanddatum</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n collective invoice(s) without a send date&lt;/b&gt; will not be sent until they get one.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Sammelrechnung ohne Versanddatum&lt;/b&gt; wird erst versendet, wenn sie eines erhält.</numerusform>
            <numerusform>&lt;b&gt;%n Sammelrechnungen ohne Versanddatum&lt;/b&gt; werden erst versendet, wenn sie eines erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the date in a row, or tick rows and set or clear it for all of them. Every change is saved at once.</source>
        <translation>Setzen Sie das Datum in einer Zeile, oder markieren Sie Zeilen und setzen oder entfernen Sie es für alle. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Set date for ticked…</source>
        <translation>Datum für markierte setzen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the send date of the ticked rows</source>
        <translation>Das Versanddatum der markierten Zeilen entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Tick the rows first.</source>
        <translation>Markieren Sie zuerst die Zeilen.</translation>
    </message>
    <message>
        <source>Saving send dates</source>
        <translation>Versanddaten werden gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Saved: send date {when} for {changed} invoice(s); {left} still without a send date.</source>
        <translation>Gespeichert: Versanddatum {when} für {changed} Rechnung(en); {left} noch ohne Versanddatum.</translation>
    </message>
    <message>
        <source>Send date not saved</source>
        <translation>Versanddatum nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>MailBanner</name>
    <message>
        <source>Set up the mail server…</source>
        <translation>Mailserver einrichten…</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Order received</source>
        <translation>Auftragseingang</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Standardtext</translation>
    </message>
    <message>
        <source>Placeholders: {list}</source>
        <translation>Platzhalter: {list}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>E-mail texts</source>
        <translation>E-Mail-Texte</translation>
    </message>
    <message>
        <source>The text has a broken placeholder: {error}</source>
        <translation>Der Text hat einen fehlerhaften Platzhalter: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search party or number  (Ctrl+F)</source>
        <translation>Partner oder Nummer suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Open details</source>
        <translation>Details öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Filter sidebar</source>
        <translation>Filterleiste</translation>
    </message>
    <message>
        <source>Detail pane</source>
        <translation>Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>Über InvoiceDesk</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Vorgangsaktionen</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Saving preset</source>
        <translation>Vorlage wird gespeichert</translation>
    </message>
    <message>
        <source>Deleting preset</source>
        <translation>Vorlage wird gelöscht</translation>
    </message>
    <message>
        <source>Counting presets</source>
        <translation>Vorlagen werden gezählt</translation>
    </message>
    <message>
        <source>Counting statuses</source>
        <translation>Status werden gezählt</translation>
    </message>
    <message>
        <source>Outgoing and incoming invoice cases on one desk.</source>
        <translation>Ausgangs- und Eingangsrechnungen an einem Arbeitsplatz.</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettopreis</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>USt. %</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>New sales order</source>
        <translation>Neuer Kundenauftrag</translation>
    </message>
    <message>
        <source>approved for invoicing</source>
        <translation>zur Abrechnung freigegeben</translation>
    </message>
    <message>
        <source>The customer&apos;s preference</source>
        <translation>Wie vom Kunden gewünscht</translation>
    </message>
    <message>
        <source>reverse charge (EU customer with VAT ID, no VAT)</source>
        <translation>Reverse Charge (EU-Kunde mit USt-IdNr., ohne USt.)</translation>
    </message>
    <message>
        <source>the customer&apos;s order number, if any</source>
        <translation>die Bestellnummer des Kunden, falls vorhanden</translation>
    </message>
    <message>
        <source>printed on the invoice</source>
        <translation>wird auf die Rechnung gedruckt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Auftragsdatum</translation>
    </message>
    <message>
        <source>Invoice delivery</source>
        <translation>Rechnungsversand</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Type an article number or name…</source>
        <translation>Artikelnummer oder Bezeichnung eingeben…</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Add free line</source>
        <translation>Freie Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Reading the company&apos;s tax data</source>
        <translation>Steuerdaten der Firma werden gelesen</translation>
    </message>
    <message>
        <source>Loading articles</source>
        <translation>Artikel werden geladen</translation>
    </message>
    <message>
        <source>Loading order</source>
        <translation>Auftrag wird geladen</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Auftrag {number}</translation>
    </message>
    <message>
        <source>Order {number} is invoiced: it can no longer change. Open the invoice from the orders list.</source>
        <translation>Auftrag {number} ist abgerechnet: er kann nicht mehr geändert werden. Öffnen Sie die Rechnung aus der Auftragsliste.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>There is no active article &apos;{text}&apos;.</source>
        <translation>Es gibt keinen aktiven Artikel „{text}“.</translation>
    </message>
    <message>
        <source>VAT category {category}: decided for this customer, charged at 0 %. The domestic rate {rate} % is kept for a change of customer.</source>
        <translation>MwSt-Kategorie {category}: für diesen Kunden entschieden, berechnet mit 0 %. Der Inlandssatz {rate} % bleibt für einen Kundenwechsel gespeichert.</translation>
    </message>
    <message>
        <source>Line {line}, quantity</source>
        <translation>Zeile {line}, Menge</translation>
    </message>
    <message>
        <source>Line {line}, price</source>
        <translation>Zeile {line}, Preis</translation>
    </message>
    <message>
        <source>Line {line}, VAT</source>
        <translation>Zeile {line}, USt.</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Summe: —</translation>
    </message>
    <message>
        <source>Total: {gross}</source>
        <translation>Summe: {gross}</translation>
    </message>
    <message>
        <source>Net {net}  ·  Total {gross}</source>
        <translation>Netto {net}  ·  Summe {gross}</translation>
    </message>
    <message>
        <source>Choose the customer first (type a name and pick it).</source>
        <translation>Wählen Sie zuerst den Kunden (Namen eingeben und auswählen).</translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation>Auftrag nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving order</source>
        <translation>Auftrag wird gespeichert</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Auftragsdatum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Invoice delivery</source>
        <translation>Rechnungsversand</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>✔ approved</source>
        <translation>✔ freigegeben</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>von Hand erfasst</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Double-click to open the invoice in the desk</source>
        <translation>Doppelklick öffnet die Rechnung in der Hauptansicht</translation>
    </message>
    <message>
        <source>Loading orders</source>
        <translation>Aufträge werden geladen</translation>
    </message>
    <message>
        <source>Loading order</source>
        <translation>Auftrag wird geladen</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Sales orders</source>
        <translation>Kundenaufträge</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Search order, customer, shop id, delivery note, invoice…</source>
        <translation>Auftrag, Kunde, Shop-ID, Lieferschein, Rechnung suchen…</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Phase setzen</translation>
    </message>
    <message>
        <source>Approve for invoicing</source>
        <translation>Zur Abrechnung freigeben</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Rechnung öffnen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>No orders match — clear the search or the stage, or add one with New order…</source>
        <translation>Keine passenden Aufträge — Suche oder Phase zurücksetzen oder mit Neuer Auftrag… einen anlegen.</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Aufträge werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Keine passenden Aufträge.</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Freigabe zurückziehen</translation>
    </message>
    <message>
        <source>Open delivery note</source>
        <translation>Lieferschein öffnen</translation>
    </message>
    <message>
        <source>Create delivery note</source>
        <translation>Lieferschein erstellen</translation>
    </message>
    <message>
        <source>Stage not changed</source>
        <translation>Phase nicht geändert</translation>
    </message>
    <message>
        <source>Changing order stage</source>
        <translation>Auftragsphase wird geändert</translation>
    </message>
    <message>
        <source>Approval not changed</source>
        <translation>Freigabe nicht geändert</translation>
    </message>
    <message>
        <source>Approving order</source>
        <translation>Auftrag wird freigegeben</translation>
    </message>
    <message>
        <source>No program could open {path}.</source>
        <translation>Kein Programm konnte {path} öffnen.</translation>
    </message>
    <message>
        <source>Creating delivery note</source>
        <translation>Lieferschein wird erstellt</translation>
    </message>
    <message>
        <source>Opening delivery note</source>
        <translation>Lieferschein wird geöffnet</translation>
    </message>
</context>
<context>
    <name>OutgoingMenu</name>
    <message>
        <source>Create only</source>
        <translation>Nur erstellen</translation>
    </message>
    <message>
        <source>Issue the draft for {party} without sending it? It gets its number and PDF and can no longer be changed.</source>
        <translation>Den Entwurf für {party} ausstellen, ohne ihn zu versenden? Er erhält seine Nummer und sein PDF und kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the draft for {party}? It has no number yet; the history keeps that it was deleted.</source>
        <translation>Den Entwurf für {party} löschen? Er hat noch keine Nummer; der Verlauf hält fest, dass er gelöscht wurde.</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Neue Rechnung…</translation>
    </message>
    <message>
        <source>New credit note…</source>
        <translation>Neue Gutschrift…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>Undo payment</source>
        <translation>Zahlung zurücknehmen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PaymentExport</name>
    <message>
        <source>DATEV Buchungsstapel (EXTF)</source>
        <translation>DATEV-Buchungsstapel (EXTF)</translation>
    </message>
    <message>
        <source>Plain CSV (one row per settled case)</source>
        <translation>Einfache CSV (eine Zeile je ausgeglichenem Vorgang)</translation>
    </message>
    <message>
        <source>Export payments to booking</source>
        <translation>Zahlungen an die Buchhaltung exportieren</translation>
    </message>
    <message>
        <source>To book</source>
        <translation>Zu buchen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), {total}</source>
        <translation>
            <numerusform>%n Zahlung, {total}</numerusform>
            <numerusform>%n Zahlungen, {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save booking file</source>
        <translation>Buchungsdatei speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported, but {target} could not be written ({error}); “invoicedesk export download {export}” writes it again.</source>
        <translation>Exportiert, aber {target} konnte nicht geschrieben werden ({error}); „invoicedesk export download {export}“ schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>Exported to {target} ({total}).</source>
        <translation>Exportiert nach {target} ({total}).</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Bank statements: {booked} lines booked, {waiting} to reconcile, {dupes} already imported.</source>
        <translation>Kontoauszüge: {booked} Zeilen gebucht, {waiting} abzugleichen, {dupes} bereits eingelesen.</translation>
    </message>
    <message>
        <source>Import bank statement</source>
        <translation>Kontoauszug einlesen</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.XML *.sta *.STA *.mt940 *.txt);;All files (*)</source>
        <translation>Kontoauszüge (*.xml *.XML *.sta *.STA *.mt940 *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Payment not recorded</source>
        <translation>Zahlung nicht erfasst</translation>
    </message>
    <message>
        <source>Import bank statement…</source>
        <translation>Kontoauszug einlesen…</translation>
    </message>
    <message>
        <source>Reconcile bank statements…</source>
        <translation>Kontoauszüge abgleichen…</translation>
    </message>
    <message>
        <source>Export payments to booking…</source>
        <translation>Zahlungen an die Buchhaltung exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Watched folder: %n statement file(s), {booked} lines booked, {waiting} to reconcile</source>
        <translation>
            <numerusform>Überwachter Ordner: %n Kontoauszugsdatei, {booked} Umsätze gebucht, {waiting} abzugleichen</numerusform>
            <numerusform>Überwachter Ordner: %n Kontoauszugsdateien, {booked} Umsätze gebucht, {waiting} abzugleichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see failed/)</source>
        <translation>
            <numerusform>%n abgelehnt (siehe failed/)</numerusform>
            <numerusform>%n abgelehnt (siehe failed/)</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank statement folder {folder} does not exist.</source>
        <translation>Der Kontoauszugsordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Bank statement folder</source>
        <translation>Kontoauszugsordner</translation>
    </message>
    <message>
        <source>Bank statement folder: {error}</source>
        <translation>Kontoauszugsordner: {error}</translation>
    </message>
</context>
<context>
    <name>PrintPdf</name>
    <message>
        <source>The stored PDF cannot be opened for printing.</source>
        <translation>Das gespeicherte PDF lässt sich zum Drucken nicht öffnen.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Print invoice</source>
        <translation>Rechnung drucken</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Ausstellen und drucken</translation>
    </message>
    <message>
        <source>Printing issues the draft for {party}: it gets its number and PDF and can no longer be changed. Print now?</source>
        <translation>Beim Drucken wird der Entwurf für {party} ausgestellt: Er erhält seine Nummer und sein PDF und kann danach nicht mehr geändert werden. Jetzt drucken?</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n page(s) sent to the printer.</source>
        <translation>
            <numerusform>{name}: %n Seite an den Drucker gesendet.</numerusform>
            <numerusform>{name}: %n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the print</source>
        <translation>Druck wird vermerkt</translation>
    </message>
    <message>
        <source>Loading the PDF</source>
        <translation>PDF wird geladen</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Wird ausgestellt</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>no invoice</source>
        <translation>keine Rechnung</translation>
    </message>
    <message>
        <source>Reconcile bank statements</source>
        <translation>Kontoauszüge abgleichen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payer / payee</source>
        <translation>Zahler / Empfänger</translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>No bank lines wait — import a bank statement from the File menu.</source>
        <translation>Keine Bankumsätze offen — einen Kontoauszug über das Menü Datei importieren.</translation>
    </message>
    <message>
        <source>Search an open invoice by number or party, then Enter</source>
        <translation>Offene Rechnung nach Nummer oder Partner suchen, dann Eingabe</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Book to the ticked invoices</source>
        <translation>Auf die angehakten Rechnungen buchen</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Keine Rechnung</translation>
    </message>
    <message>
        <source>{shown} of {count} statement lines (scroll for more).</source>
        <translation>{shown} von {count} Umsätzen (für weitere blättern).</translation>
    </message>
    <message>
        <source>{count} statement lines.</source>
        <translation>{count} Umsätze.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>RecoveredDrafts</name>
    <message>
        <source>Drafts from your last session</source>
        <translation>Entwürfe aus Ihrer letzten Sitzung</translation>
    </message>
    <message>
        <source>InvoiceDesk was not closed properly last time. These drafts were open; everything you typed up to a few seconds before was saved:</source>
        <translation>InvoiceDesk wurde beim letzten Mal nicht richtig beendet. Diese Entwürfe waren geöffnet; alles, was Sie bis wenige Sekunden davor eingegeben hatten, wurde gespeichert:</translation>
    </message>
    <message>
        <source>{title} — last saved {when}</source>
        <translation>{title} — zuletzt gespeichert {when}</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Notify customer</source>
        <translation>Kunden benachrichtigen</translation>
    </message>
    <message>
        <source>draft credit note (case {case})</source>
        <translation>Entwurf Gutschrift (Vorgang {case})</translation>
    </message>
    <message>
        <source>draft invoice (case {case})</source>
        <translation>Entwurf Rechnung (Vorgang {case})</translation>
    </message>
    <message>
        <source>{action} — {name}</source>
        <translation>{action} — {name}</translation>
    </message>
    <message>
        <source>optional; several addresses separated by commas</source>
        <translation>optional; mehrere Adressen durch Kommas getrennt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create only, don&apos;t send</source>
        <translation>Nur erstellen, nicht senden</translation>
    </message>
    <message>
        <source>Issue the invoice (number and PDF) without an e-mail</source>
        <translation>Rechnung ausstellen (Nummer und PDF) ohne E-Mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preparing the e-mail</source>
        <translation>E-Mail wird vorbereitet</translation>
    </message>
    <message>
        <source>Set up the mail server…</source>
        <translation>Mailserver einrichten…</translation>
    </message>
    <message>
        <source>The e-mail to {to} queued at {since} still waits to be sent; this resend replaces it.</source>
        <translation>Die um {since} eingereihte E-Mail an {to} wartet noch auf den Versand; dieses erneute Senden ersetzt sie.</translation>
    </message>
    <message>
        <source>The e-mail to {to} queued at {since} still waits to be sent; it is not sent twice (Resend replaces it).</source>
        <translation>Die um {since} eingereihte E-Mail an {to} wartet noch auf den Versand; sie wird nicht doppelt gesendet (Erneut senden ersetzt sie).</translation>
    </message>
    <message>
        <source>E-mails cannot go out now: {reason}. Sent anyway, this one waits and goes out by itself once the mail server works.</source>
        <translation>E-Mails können gerade nicht versendet werden: {reason}. Trotzdem gesendet, wartet diese und geht von selbst hinaus, sobald der Mailserver funktioniert.</translation>
    </message>
    <message>
        <source>Or create the invoice only and send it later.</source>
        <translation>Oder erstellen Sie die Rechnung nur und senden Sie sie später.</translation>
    </message>
    <message>
        <source>Issue and send</source>
        <translation>Ausstellen und senden</translation>
    </message>
    <message>
        <source>Send notice</source>
        <translation>Benachrichtigung senden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Language of the customer: {language}.</source>
        <translation>Sprache des Kunden: {language}.</translation>
    </message>
    <message>
        <source>Sending issues the invoice: it gets its number and PDF and can no longer be changed. {fields} are filled in then.</source>
        <translation>Beim Senden wird die Rechnung ausgestellt: Sie erhält ihre Nummer und ihr PDF und kann danach nicht mehr geändert werden. {fields} werden dann ausgefüllt.</translation>
    </message>
    <message>
        <source>A changed recipient is kept for later e-mails of this case.</source>
        <translation>Ein geänderter Empfänger wird für spätere E-Mails dieses Vorgangs übernommen.</translation>
    </message>
    <message>
        <source>The e-mail is queued now and sent in the background; the history shows it.</source>
        <translation>Die E-Mail wird jetzt eingereiht und im Hintergrund gesendet; der Verlauf zeigt es an.</translation>
    </message>
    <message>
        <source>E-mail not available</source>
        <translation>E-Mail nicht verfügbar</translation>
    </message>
    <message>
        <source>No recipient</source>
        <translation>Kein Empfänger</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Empfängers ein.</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>Nur erstellen</translation>
    </message>
    <message>
        <source>{action} not done</source>
        <translation>{action} nicht ausgeführt</translation>
    </message>
    <message>
        <source>case {case}</source>
        <translation>Vorgang {case}</translation>
    </message>
    <message>
        <source>{what}: e-mail queued; it is sent in the background.</source>
        <translation>{what}: E-Mail eingereiht; sie wird im Hintergrund gesendet.</translation>
    </message>
    <message>
        <source>Case {case} created ({status}).</source>
        <translation>Vorgang {case} erstellt ({status}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Company-wide settings can be changed by an administrator.</source>
        <translation>Firmenweite Einstellungen kann ein Administrator ändern.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Schließen, ohne die Änderungen zu speichern?</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>&lt;b&gt;Bank account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bankverbindung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Rechnungsnummern</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>This workstation uses the mail server from {env}; changes here apply to the other workstations.</source>
        <translation>Dieser Arbeitsplatz verwendet den Mailserver aus {env}; Änderungen hier gelten für die anderen Arbeitsplätze.</translation>
    </message>
    <message>
        <source>Print the logo</source>
        <translation>Logo drucken</translation>
    </message>
    <message>
        <source>Print the Girocode (QR code for the bank transfer)</source>
        <translation>Girocode drucken (QR-Code für die Überweisung)</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Note above the footer</source>
        <translation>Hinweis über der Fußzeile</translation>
    </message>
    <message>
        <source>Invoice PDF</source>
        <translation>Rechnungs-PDF</translation>
    </message>
    <message>
        <source>After login, list collective invoices that have no send date</source>
        <translation>Nach der Anmeldung Sammelrechnungen ohne Versanddatum anzeigen</translation>
    </message>
    <message>
        <source>Show to</source>
        <translation>Anzeigen für</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>“Remind me later” waits</source>
        <translation>„Später erinnern“ wartet</translation>
    </message>
    <message>
        <source>Login popup</source>
        <translation>Hinweis nach Anmeldung</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle credit note {number}</source>
        <translation>Gutschrift {number} ausgleichen</translation>
    </message>
    <message>
        <source>Refunded to the customer</source>
        <translation>Dem Kunden erstattet</translation>
    </message>
    <message>
        <source>Offset against an invoice</source>
        <translation>Mit einer Rechnung verrechnet</translation>
    </message>
    <message>
        <source>Looking for open invoices…</source>
        <translation>Offene Rechnungen werden gesucht…</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Ausgleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{number} of {date}, open {amount}</source>
        <translation>{number} vom {date}, offen {amount}</translation>
    </message>
    <message>
        <source>An offset lowers what the invoice still owes.</source>
        <translation>Eine Verrechnung mindert den offenen Betrag der Rechnung.</translation>
    </message>
    <message>
        <source>The customer has no open invoice.</source>
        <translation>Der Kunde hat keine offene Rechnung.</translation>
    </message>
    <message>
        <source>Settling credit note</source>
        <translation>Gutschrift wird ausgeglichen</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Nicht ausgeglichen</translation>
    </message>
</context>
<context>
    <name>SetupForms</name>
    <message>
        <source>e.g. Müller Haustechnik GmbH</source>
        <translation>z. B. Müller Haustechnik GmbH</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Duisburg</source>
        <translation>z. B. Amtsgericht Duisburg</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Register court</source>
        <translation>Registergericht</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Managing director</source>
        <translation>Geschäftsführer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Diese Datei ist kein Bild.</translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <translation>Geben Sie den Firmennamen ein.</translation>
    </message>
    <message>
        <source>Enter street and city.</source>
        <translation>Geben Sie Straße und Ort ein.</translation>
    </message>
    <message>
        <source>Enter a VAT ID or a tax number.</source>
        <translation>Geben Sie eine USt-IdNr. oder eine Steuernummer ein.</translation>
    </message>
    <message>
        <source>The logo may be at most 2 MB.</source>
        <translation>Das Logo darf höchstens 2 MB groß sein.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>This IBAN is not valid (yet).</source>
        <translation>Diese IBAN ist (noch) nicht gültig.</translation>
    </message>
    <message>
        <source>✓ Valid IBAN</source>
        <translation>✓ Gültige IBAN</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Collective invoices</source>
        <translation>Sammelrechnungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Series&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nummernkreis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Format&lt;/b&gt;</source>
        <translation>&lt;b&gt;Format&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next number&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nächste Nummer&lt;/b&gt;</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Placeholders: {yyyy} year, {yy} two-digit year, {mm} month, {seq} running number, {seq:05} padded to five digits. Numbers already issued never change.</source>
        <translation>Platzhalter: {yyyy} Jahr, {yy} zweistelliges Jahr, {mm} Monat, {seq} laufende Nummer, {seq:05} fünfstellig mit Nullen. Bereits vergebene Nummern ändern sich nie.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>restart every year</source>
        <translation>jedes Jahr neu beginnen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>This user may change every setting and add the other users. The password needs at least 8 characters.</source>
        <translation>Dieser Benutzer darf alle Einstellungen ändern und die anderen Benutzer anlegen. Das Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
</context>
<context>
    <name>ShopView</name>
    <message>
        <source>stored in the password store; leave empty to keep it</source>
        <translation>im Passwortspeicher hinterlegt; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Import shop export</source>
        <translation>Shop-Export importieren</translation>
    </message>
    <message>
        <source>Shop exports (*.csv *.json);;All files (*)</source>
        <translation>Shop-Exporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Shipping methods</source>
        <translation>Versandarten</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Import from {origin}</source>
        <translation>Import aus {origin}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>Merged with existing records:</source>
        <translation>Mit vorhandenen Datensätzen zusammengeführt:</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Nicht geändert:</translation>
    </message>
    <message>
        <source>Shop connections</source>
        <translation>Shop-Verbindungen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;WooCommerce shops&lt;/b&gt;</source>
        <translation>&lt;b&gt;WooCommerce-Shops&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>a short name, e.g. teileshop (stored on imported records)</source>
        <translation>ein kurzer Name, z. B. teileshop (wird an importierten Datensätzen gespeichert)</translation>
    </message>
    <message>
        <source>WooCommerce → Settings → Advanced → REST API: a key with &lt;i&gt;Read&lt;/i&gt; access. Key and secret are kept in this computer&apos;s password store, never in the database.</source>
        <translation>WooCommerce → Einstellungen → Erweitert → REST-API: ein Schlüssel mit &lt;i&gt;Lese&lt;/i&gt;-Zugriff. Schlüssel und Geheimnis liegen im Passwortspeicher dieses Computers, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Shop-Adresse</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Jetzt importieren</translation>
    </message>
    <message>
        <source>Customers, products, shipping methods and orders</source>
        <translation>Kunden, Produkte, Versandarten und Aufträge</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>A CSV or JSON export of another shop</source>
        <translation>Ein CSV- oder JSON-Export eines anderen Shops</translation>
    </message>
    <message>
        <source>The report of the last import appears here.</source>
        <translation>Hier erscheint der Bericht des letzten Imports.</translation>
    </message>
    <message>
        <source>Loading shops</source>
        <translation>Shops werden geladen</translation>
    </message>
    <message>
        <source>cs_… (missing)</source>
        <translation>cs_… (fehlt)</translation>
    </message>
    <message>
        <source>Loading shop</source>
        <translation>Shop wird geladen</translation>
    </message>
    <message>
        <source>Shop connection</source>
        <translation>Shop-Verbindung</translation>
    </message>
    <message>
        <source>Shop not saved</source>
        <translation>Shop nicht gespeichert</translation>
    </message>
    <message>
        <source>Enter the consumer secret of the shop.</source>
        <translation>Geben Sie das Consumer Secret des Shops ein.</translation>
    </message>
    <message>
        <source>Saving shop</source>
        <translation>Shop wird gespeichert</translation>
    </message>
    <message>
        <source>Delete shop connection</source>
        <translation>Shop-Verbindung löschen</translation>
    </message>
    <message>
        <source>Forget the shop {name} and its key? Imported records stay.</source>
        <translation>Den Shop {name} und seinen Schlüssel vergessen? Importierte Datensätze bleiben erhalten.</translation>
    </message>
    <message>
        <source>Deleting shop</source>
        <translation>Shop wird gelöscht</translation>
    </message>
    <message>
        <source>Asking the shop…</source>
        <translation>Shop wird abgefragt…</translation>
    </message>
    <message>
        <source>Testing shop connection</source>
        <translation>Shop-Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Importing from {shop}</source>
        <translation>Import aus {shop}</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>Which shop is the export from? (records are marked with it; importing it again updates them)</source>
        <translation>Aus welchem Shop stammt der Export? (Datensätze werden damit gekennzeichnet; ein erneuter Import aktualisiert sie)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>{file} wird importiert</translation>
    </message>
    <message>
        <source>{task}…</source>
        <translation>{task}…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <source>Import failed; nothing was stored.</source>
        <translation>Import fehlgeschlagen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SmtpForm</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>none (only inside the company network)</source>
        <translation>keine (nur im Firmennetz)</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>Ihre eigene Adresse</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer: the password is kept only until InvoiceDesk is closed.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Passwortspeicher: Das Passwort gilt nur, bis InvoiceDesk geschlossen wird.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird versendet…</translation>
    </message>
    <message>
        <source>Sending test e-mail</source>
        <translation>Test-E-Mail wird gesendet</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Vorgang</numerusform>
            <numerusform>%Ln Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ cases · counting…</source>
        <translation>
            <numerusform>%Ln+ Vorgänge · wird gezählt…</numerusform>
            <numerusform>%Ln+ Vorgänge · wird gezählt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxFields</name>
    <message>
        <source>Automatic (from the customer and the lines)</source>
        <translation>Automatisch (aus Kunde und Positionen)</translation>
    </message>
    <message>
        <source>Standard VAT</source>
        <translation>Umsatzsteuer (Regelsatz)</translation>
    </message>
    <message>
        <source>Reverse charge (§ 13b UStG / btw verlegd)</source>
        <translation>Reverse Charge (§ 13b UStG / btw verlegd)</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Steuerfrei</translation>
    </message>
    <message>
        <source>Intra-EU supply (exempt)</source>
        <translation>Innergemeinschaftliche Lieferung (steuerfrei)</translation>
    </message>
    <message>
        <source>Export outside the EU (exempt)</source>
        <translation>Ausfuhr aus der EU (steuerfrei)</translation>
    </message>
    <message>
        <source>Not taxable here</source>
        <translation>Im Inland nicht steuerbar</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Reverse Charge</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Innergem. Lieferung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ausfuhr</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>legal wording printed on the invoice (default if empty)</source>
        <translation>gesetzlicher Hinweis auf der Rechnung (Standard, wenn leer)</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Steuerhinweis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>% if paid within</source>
        <translation>% bei Zahlung innerhalb von</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>cash discount</source>
        <translation>Skonto</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Totals appear when every amount is a number.</source>
        <translation>Die Summen erscheinen, sobald jeder Betrag eine Zahl ist.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT {rate} % on {basis}</source>
        <translation>USt. {rate} % auf {basis}</translation>
    </message>
    <message>
        <source>{treatment} on {basis}</source>
        <translation>{treatment} auf {basis}</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>User {login}</source>
        <translation>Benutzer {login}</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>may log in</source>
        <translation>darf sich anmelden</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Approval limit</source>
        <translation>Freigabegrenze</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Changes to users are saved at once.</source>
        <translation>Änderungen an Benutzern werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>User not saved</source>
        <translation>Benutzer nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>WorkstationPages</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by every workstation)</source>
        <translation>PostgreSQL-Server (von allen Arbeitsplätzen gemeinsam genutzt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>Zurzeit verwendet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer. The password is not saved: InvoiceDesk asks for it at every start.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Passwortspeicher (Keyring). Das Passwort wird nicht gespeichert: InvoiceDesk fragt bei jedem Start danach.</translation>
    </message>
    <message>
        <source>A changed database is used from the next start of InvoiceDesk.</source>
        <translation>Eine geänderte Datenbank wird ab dem nächsten Start von InvoiceDesk verwendet.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite-Datenbank (*.sqlite3)</translation>
    </message>
    <message>
        <source>Leave the password out of the URL; type it in the password field.</source>
        <translation>Lassen Sie das Passwort aus der URL weg; tragen Sie es im Passwortfeld ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Kontoauszüge</translation>
    </message>
    <message>
        <source>CAMT.053 and MT940 files put into this folder are imported once and matched to invoices. Imported files move to done/, refused ones to failed/ with a .reason.txt file giving the reason. Leave it empty to watch no folder.</source>
        <translation>CAMT.053- und MT940-Dateien in diesem Ordner werden einmal eingelesen und den Rechnungen zugeordnet. Eingelesene Dateien wandern nach done/, abgelehnte nach failed/ mit einer .reason.txt, die den Grund nennt. Leer lassen, um keinen Ordner zu überwachen.</translation>
    </message>
    <message>
        <source>(no folder watched)</source>
        <translation>(kein Ordner überwacht)</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Überwachter Ordner</translation>
    </message>
    <message>
        <source>PDF and XML files put into this folder are taken in as supplier invoices. Files taken in move to its subfolder done/, files that cannot be read to failed/. Leave it empty to watch no folder.</source>
        <translation>PDF- und XML-Dateien in diesem Ordner werden als Lieferantenrechnungen übernommen. Übernommene Dateien wandern in den Unterordner done/, nicht lesbare nach failed/. Leer lassen, um keinen Ordner zu überwachen.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Der Ordner {path} existiert nicht.</translation>
    </message>
    <message>
        <source>As the system (automatic)</source>
        <translation>Wie das System (automatisch)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Used after a restart (offered when you save). Invoices and e-mails are written in each customer&apos;s own language, whatever is chosen here.</source>
        <translation>Gilt nach einem Neustart (wird beim Speichern angeboten). Rechnungen und E-Mails erhält jeder Kunde in seiner eigenen Sprache, unabhängig von dieser Einstellung.</translation>
    </message>
</context>
</TS>

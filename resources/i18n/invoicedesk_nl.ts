<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>Wachtwoordopslag</translation>
    </message>
    <message>
        <source>Demo data is ready: log in as admin, password admin-demo.</source>
        <translation>De demogegevens staan klaar: meld u aan als admin met het wachtwoord admin-demo.</translation>
    </message>
    <message>
        <source>InvoiceDesk is set up. Log in with your new account.</source>
        <translation>InvoiceDesk is ingericht. Meld u aan met uw nieuwe account.</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettoprijs</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>piece (C62)</source>
        <translation>stuk (C62)</translation>
    </message>
    <message>
        <source>piece (H87)</source>
        <translation>stuk (H87)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>kilogram</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>meter</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>liter</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>Artikel {number}</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nieuw artikel</translation>
    </message>
    <message>
        <source>e.g. A-1004 (the shop&apos;s SKU)</source>
        <translation>bijv. A-1004 (de SKU van de webshop)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goederen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Decides the VAT abroad: reverse charge for services, a tax-free intra-EU supply or export for goods.</source>
        <translation>Bepaalt de btw in het buitenland: verlegd voor diensten, vrijgestelde intracommunautaire levering of uitvoer voor goederen.</translation>
    </message>
    <message>
        <source>offered on new orders</source>
        <translation>aangeboden bij nieuwe orders</translation>
    </message>
    <message>
        <source>VAT rate %</source>
        <translation>Btw-tarief %</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Imported from the shop {shop}; a new import may change it.</source>
        <translation>Geïmporteerd uit de webshop {shop}; een nieuwe import kan het wijzigen.</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <source>Article not saved</source>
        <translation>Artikel niet opgeslagen</translation>
    </message>
    <message>
        <source>Saving article</source>
        <translation>Artikel opslaan</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Search number or name…</source>
        <translation>Zoek op nummer of naam…</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Nieuw artikel…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Loading articles</source>
        <translation>Artikelen laden</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>handmatig ingevoerd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>The first {limit} articles are shown; refine the search to find others.</source>
        <translation>De eerste {limit} artikelen worden getoond; verfijn de zoekopdracht om andere te vinden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikel</numerusform>
            <numerusform>%Ln artikelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Artikel verwijderen</translation>
    </message>
    <message>
        <source>Delete the article {number} ({name})?</source>
        <translation>Het artikel {number} ({name}) verwijderen?</translation>
    </message>
    <message>
        <source>Article not deleted</source>
        <translation>Artikel niet verwijderd</translation>
    </message>
    <message>
        <source>Deleting article</source>
        <translation>Artikel verwijderen</translation>
    </message>
</context>
<context>
    <name>AuditPages</name>
    <message>
        <source>One-person office: the same user may check and approve</source>
        <translation>Eenmanskantoor: dezelfde gebruiker mag controleren en fiatteren</translation>
    </message>
    <message>
        <source>Normally whoever uploaded or changed a supplier invoice may not check it, and whoever checked or changed it may not approve it (four-eyes rule). In a one-person office these rules are waived, and the history records every such self-check.</source>
        <translation>Normaal mag wie een inkoopfactuur uploadde of wijzigde haar niet controleren, en wie haar controleerde of wijzigde haar niet fiatteren (vierogenprincipe). In een eenmanskantoor vervallen deze regels, en de historie legt elke zelfcontrole vast.</translation>
    </message>
    <message>
        <source>Approval limits count in</source>
        <translation>Fiatteringslimieten gelden in</translation>
    </message>
    <message>
        <source>Approval rules</source>
        <translation>Fiatteringsregels</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Nummerreeks</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>E-mail texts</source>
        <translation>E-mailteksten</translation>
    </message>
    <message>
        <source>Invoice PDF</source>
        <translation>Factuur-pdf</translation>
    </message>
    <message>
        <source>Login popup</source>
        <translation>Melding na aanmelden</translation>
    </message>
    <message>
        <source>Collective invoices</source>
        <translation>Verzamelfacturen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Wijzigingslogboek</translation>
    </message>
    <message>
        <source>InvoiceDesk (set-up)</source>
        <translation>InvoiceDesk (inrichting)</translation>
    </message>
</context>
<context>
    <name>BillingPrint</name>
    <message>
        <source>Billing run</source>
        <translation>Factureerrun</translation>
    </message>
    <message>
        <source>Billing run {run} — {scenario}</source>
        <translation>Factureerrun {run} — {scenario}</translation>
    </message>
    <message>
        <source>Processed {processed}, failed {failed}, skipped {skipped}; total {total}</source>
        <translation>Verwerkt {processed}, mislukt {failed}, overgeslagen {skipped}; totaal {total}</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
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
        <translation>Orderfase:</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>Afsluitdatum:</translation>
    </message>
    <message>
        <source>All customer groups</source>
        <translation>Alle klantgroepen</translation>
    </message>
    <message>
        <source>Customer group:</source>
        <translation>Klantgroep:</translation>
    </message>
    <message>
        <source>Only orders approved for invoicing</source>
        <translation>Alleen orders die zijn vrijgegeven voor facturatie</translation>
    </message>
    <message>
        <source>Billing action:</source>
        <translation>Factuuractie:</translation>
    </message>
    <message>
        <source>Invoice date:</source>
        <translation>Factuurdatum:</translation>
    </message>
    <message>
        <source>Edit billing scenario</source>
        <translation>Factureerscenario bewerken</translation>
    </message>
    <message>
        <source>New billing scenario</source>
        <translation>Nieuw factureerscenario</translation>
    </message>
    <message>
        <source>e.g. Closed orders last month</source>
        <translation>bijv. Afgesloten orders vorige maand</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Geef het scenario een naam.</translation>
    </message>
</context>
<context>
    <name>BillingTable</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation>Factuurstatus</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in wachtrij</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>Click to open the invoice PDF</source>
        <translation>Klik om de factuur-pdf te openen</translation>
    </message>
    <message>
        <source>OK · e-mail would wait: {reason}</source>
        <translation>OK · e-mail zou wachten: {reason}</translation>
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
        <translation>Factureerrun — Factuurbeheer</translation>
    </message>
    <message>
        <source>Step 1 of 2 — Select a billing scenario</source>
        <translation>Stap 1 van 2 — Kies een factureerscenario</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unfinished runs&lt;/b&gt; (cancelled or interrupted; resume them)</source>
        <translation>&lt;b&gt;Onvoltooide runs&lt;/b&gt; (geannuleerd of onderbroken; hervat ze)</translation>
    </message>
    <message>
        <source>No unfinished runs: nothing to resume.</source>
        <translation>Geen onvoltooide runs: niets te hervatten.</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>Run hervatten</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Volgende &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Run {run} · {scenario} · {when} · {processed} processed, {open} to do, {failed} failed</source>
        <translation>Run {run} · {scenario} · {when} · {processed} verwerkt, {open} te doen, {failed} mislukt</translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation>geen scenario</translation>
    </message>
    <message>
        <source>Loading billing scenarios</source>
        <translation>Factureerscenario&apos;s laden</translation>
    </message>
    <message>
        <source>Saving scenario</source>
        <translation>Scenario opslaan</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Scenario verwijderen</translation>
    </message>
    <message>
        <source>Delete the scenario {name}?</source>
        <translation>Het scenario {name} verwijderen?</translation>
    </message>
    <message>
        <source>Deleting scenario</source>
        <translation>Scenario verwijderen</translation>
    </message>
    <message>
        <source>Orders: {stages}</source>
        <translation>Orders: {stages}</translation>
    </message>
    <message>
        <source>, closed {first}–{last}</source>
        <translation>, afgesloten {first}–{last}</translation>
    </message>
    <message>
        <source>, customer group {group}</source>
        <translation>, klantgroep {group}</translation>
    </message>
    <message>
        <source>, approved for invoicing</source>
        <translation>, vrijgegeven voor facturering</translation>
    </message>
    <message>
        <source>Step 2 of 2 — {name}: set the rules and fetch</source>
        <translation>Stap 2 van 2 — {name}: regels instellen en ophalen</translation>
    </message>
    <message>
        <source>Fetch orders</source>
        <translation>Orders ophalen</translation>
    </message>
    <message>
        <source>No orders listed — set the rules and press Fetch orders.</source>
        <translation>Geen orders in de lijst — stel de regels in en klik op Orders ophalen.</translation>
    </message>
    <message>
        <source>Action for selected rows:</source>
        <translation>Actie voor geselecteerde regels:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Terug</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Lijst afdrukken…</translation>
    </message>
    <message>
        <source>Open invoices to print</source>
        <translation>Af te drukken facturen openen</translation>
    </message>
    <message>
        <source>Process invoices</source>
        <translation>Facturen verwerken</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Run annuleren</translation>
    </message>
    <message>
        <source>Billing run</source>
        <translation>Factureerrun</translation>
    </message>
    <message>
        <source>Fetching orders</source>
        <translation>Orders ophalen</translation>
    </message>
    <message>
        <source>No orders match these rules (invoiced orders are left out).</source>
        <translation>Geen orders voldoen aan deze regels (gefactureerde orders blijven buiten beschouwing).</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) fetched, {included} to invoice, {total}</source>
        <translation>
            <numerusform>%n order opgehaald, {included} te factureren, {total}</numerusform>
            <numerusform>%n orders opgehaald, {included} te factureren, {total}</numerusform>
        </translation>
    </message>
    <message>
        <source> — {flagged} would fail (see Check)</source>
        <translation> — {flagged} zouden mislukken (zie Controle)</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>Regels controleren</translation>
    </message>
    <message>
        <source>Storing billing run</source>
        <translation>Factureerrun opslaan</translation>
    </message>
    <message>
        <source>Resuming billing run {run}</source>
        <translation>Factureerrun {run} wordt hervat</translation>
    </message>
    <message>
        <source>Loading run</source>
        <translation>Run laden</translation>
    </message>
    <message>
        <source>Starting… %p%</source>
        <translation>Starten… %p%</translation>
    </message>
    <message>
        <source>Processing… the window stays usable; Cancel stops after the invoices in progress.</source>
        <translation>Verwerken… het venster blijft bruikbaar; Annuleren stopt na de facturen die in behandeling zijn.</translation>
    </message>
    <message>
        <source>{text} (%p%)</source>
        <translation>{text} (%p%)</translation>
    </message>
    <message>
        <source>Cancelling… the invoices in progress are finished first.</source>
        <translation>Annuleren… de facturen in behandeling worden eerst afgerond.</translation>
    </message>
    <message>
        <source>Run {run} finished.</source>
        <translation>Run {run} voltooid.</translation>
    </message>
    <message>
        <source>Run {run} interrupted — resume it from step 1.</source>
        <translation>Run {run} onderbroken — hervat hem vanuit stap 1.</translation>
    </message>
    <message>
        <source>Processed: {processed} · Failed: {failed} · Skipped/excluded: {skipped} · Still to do: {open} · Total invoiced: {total}</source>
        <translation>Verwerkt: {processed} · Mislukt: {failed} · Overgeslagen/uitgesloten: {skipped} · Nog te doen: {open} · Totaal gefactureerd: {total}</translation>
    </message>
    <message>
        <source>Opening invoice</source>
        <translation>Factuur openen</translation>
    </message>
    <message>
        <source>No program could open {name}.</source>
        <translation>Geen programma kon {name} openen.</translation>
    </message>
    <message>
        <source>Collecting invoices to print</source>
        <translation>Af te drukken facturen verzamelen</translation>
    </message>
    <message>
        <source>Billing run…</source>
        <translation>Factureerrun…</translation>
    </message>
    <message>
        <source>Create only for these rows</source>
        <translation>Voor deze regels alleen aanmaken</translation>
    </message>
    <message numerus="yes">
        <source>⚠ E-mails cannot go out now: {reason}. The %n row(s) with Email would be invoiced and their e-mails would wait until the mail server works.</source>
        <translation>
            <numerusform>⚠ E-mails kunnen nu niet verzonden worden: {reason}. De %n regel met e-mail zou gefactureerd worden en de e-mail zou wachten tot de mailserver werkt.</numerusform>
            <numerusform>⚠ E-mails kunnen nu niet verzonden worden: {reason}. De %n regels met e-mail zouden gefactureerd worden en de e-mails zouden wachten tot de mailserver werkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mails: {sent} sent · {queued} queued · {waiting} waiting · {failed} failed</source>
        <translation>E-mails: {sent} verzonden · {queued} in wachtrij · {waiting} wachtend · {failed} mislukt</translation>
    </message>
</context>
<context>
    <name>BookingExport</name>
    <message>
        <source>DATEV Buchungsstapel (EXTF)</source>
        <translation>DATEV-boekingsbatch (EXTF)</translation>
    </message>
    <message>
        <source>Plain CSV (one row per VAT rate)</source>
        <translation>Eenvoudige CSV (één regel per btw-tarief)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factuur</numerusform>
            <numerusform>%n facturen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to booking</source>
        <translation>Boekingsexport</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>All approved supplier invoices ({count}, {total})</source>
        <translation>Alle goedgekeurde leveranciersfacturen ({count}, {total})</translation>
    </message>
    <message>
        <source>Only the selected invoice ({total})</source>
        <translation>Alleen de geselecteerde factuur ({total})</translation>
    </message>
    <message>
        <source>Exported invoices move to &lt;b&gt;Booked&lt;/b&gt; in the same step.</source>
        <translation>Geëxporteerde facturen gaan in dezelfde stap naar &lt;b&gt;Geboekt&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>There are no approved supplier invoices to export.</source>
        <translation>Er zijn geen goedgekeurde leveranciersfacturen om te exporteren.</translation>
    </message>
    <message>
        <source>Save booking file</source>
        <translation>Boekingsbestand opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Booking export</source>
        <translation>Boekingsexport</translation>
    </message>
    <message>
        <source>{count} exported and booked, but {target} could not be written ({error}). Use “Save again…” below.</source>
        <translation>{count} geëxporteerd en geboekt, maar {target} kon niet worden geschreven ({error}). Gebruik hieronder „Opnieuw opslaan…”.</translation>
    </message>
    <message>
        <source>{count} ({total}) exported to {target} and booked.</source>
        <translation>{count} ({total}) geëxporteerd naar {target} en geboekt.</translation>
    </message>
    <message>
        <source>Save booking file again</source>
        <translation>Boekingsbestand opnieuw opslaan</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Opnieuw opslaan</translation>
    </message>
    <message>
        <source>{target} could not be written: {error}</source>
        <translation>{target} kon niet worden geschreven: {error}</translation>
    </message>
    <message>
        <source>Saved again as {target}.</source>
        <translation>Opnieuw opgeslagen als {target}.</translation>
    </message>
    <message>
        <source>Booking export…</source>
        <translation>Boekingsexport…</translation>
    </message>
</context>
<context>
    <name>BookingExportForm</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>All approved supplier invoices</source>
        <translation>Alle goedgekeurde leveranciersfacturen</translation>
    </message>
    <message>
        <source>Only the selected invoice</source>
        <translation>Alleen de geselecteerde factuur</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier exports&lt;/b&gt; (booked cases are never exported again)</source>
        <translation>&lt;b&gt;Eerdere exports&lt;/b&gt; (geboekte dossiers worden nooit opnieuw geëxporteerd)</translation>
    </message>
    <message>
        <source>Save again…</source>
        <translation>Opnieuw opslaan…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>{action}: select a case first</source>
        <translation>{action}: selecteer eerst een dossier</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>{action} is not possible: {reason}</source>
        <translation>{action} is niet mogelijk: {reason}</translation>
    </message>
    <message>
        <source>Action not done</source>
        <translation>Actie niet uitgevoerd</translation>
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
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>out</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Counting cases</source>
        <translation>Dossiers worden geteld</translation>
    </message>
    <message>
        <source>paid {paid} of {gross}</source>
        <translation>{paid} van {gross} betaald</translation>
    </message>
    <message>
        <source>an e-mail waits for the mail server; see the details</source>
        <translation>een e-mail wacht op de mailserver; zie de details</translation>
    </message>
    <message>
        <source>read completely</source>
        <translation>volledig gelezen</translation>
    </message>
    <message>
        <source>check fields</source>
        <translation>velden controleren</translation>
    </message>
    <message>
        <source>validation findings: {count}</source>
        <translation>validatiebevindingen: {count}</translation>
    </message>
    <message>
        <source>possible duplicate of case {id}</source>
        <translation>mogelijk duplicaat van zaak {id}</translation>
    </message>
    <message>
        <source>No cases match this filter or preset.</source>
        <translation>Geen dossiers passen bij dit filter of deze voorkeuze.</translation>
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
        <translation>Klant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Verzenddatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>{what}: {value} is not a number.</source>
        <translation>{what}: {value} is geen getal.</translation>
    </message>
    <message>
        <source>Collective invoices</source>
        <translation>Verzamelfacturen</translation>
    </message>
    <message>
        <source>Only unsent</source>
        <translation>Alleen niet verzonden</translation>
    </message>
    <message>
        <source>Set send date…</source>
        <translation>Verzenddatum instellen…</translation>
    </message>
    <message>
        <source>Clear send date</source>
        <translation>Verzenddatum wissen</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Samenvoegen ongedaan maken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>No collective invoices to show — merge pending contract periods under Service contracts, or untick Only unsent.</source>
        <translation>Geen verzamelfacturen — voeg openstaande contractperiodes samen onder Servicecontracten, of vink Alleen niet verzonden uit.</translation>
    </message>
    <message>
        <source>Save lines</source>
        <translation>Regels opslaan</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Loading collective invoices</source>
        <translation>Verzamelfacturen laden</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ geen</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(concept)</translation>
    </message>
    <message>
        <source>Rendering preview</source>
        <translation>Voorbeeld maken</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Geen voorbeeld: {error}</translation>
    </message>
    <message>
        <source>VAT category {category}: decided for this customer, charged at 0 %. The domestic rate {rate} % is kept for a change of customer.</source>
        <translation>Btw-categorie {category}: voor deze klant bepaald, berekend tegen 0 %. Het binnenlandse tarief {rate} % blijft bewaard voor een andere klant.</translation>
    </message>
    <message>
        <source>{lines} · {parts} merged · editable until it is sent</source>
        <translation>{lines} · {parts} samengevoegd · bewerkbaar tot verzending</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s)</source>
        <translation>
            <numerusform>%n contractfactuur</numerusform>
            <numerusform>%n contractfacturen</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} is issued ({status}): read-only.</source>
        <translation>{number} is uitgereikt ({status}): alleen-lezen.</translation>
    </message>
    <message>
        <source>Line {line}, quantity</source>
        <translation>Regel {line}, aantal</translation>
    </message>
    <message>
        <source>Line {line}, price</source>
        <translation>Regel {line}, prijs</translation>
    </message>
    <message>
        <source>Line {line}, VAT</source>
        <translation>Regel {line}, btw</translation>
    </message>
    <message>
        <source>Lines not saved</source>
        <translation>Regels niet opgeslagen</translation>
    </message>
    <message>
        <source>Saving collective invoice</source>
        <translation>Verzamelfactuur opslaan</translation>
    </message>
    <message>
        <source>Saving send date</source>
        <translation>Verzenddatum opslaan</translation>
    </message>
    <message numerus="yes">
        <source>Merge undone: %n contract invoice(s) pending again.</source>
        <translation>
            <numerusform>Samenvoegen ongedaan: %n contractfactuur staat weer open.</numerusform>
            <numerusform>Samenvoegen ongedaan: %n contractfacturen staan weer open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommerceLabels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won / closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>Alleen aanmaken</translation>
    </message>
    <message>
        <source>As the customer prefers</source>
        <translation>Zoals de klant wenst</translation>
    </message>
    <message>
        <source>Closed last month</source>
        <translation>Vorige maand afgesloten</translation>
    </message>
    <message>
        <source>Closed this month</source>
        <translation>Deze maand afgesloten</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Elke afsluitdatum</translation>
    </message>
    <message>
        <source>Closed between …</source>
        <translation>Afgesloten tussen …</translation>
    </message>
    <message>
        <source>Day of the run</source>
        <translation>Dag van de run</translation>
    </message>
    <message>
        <source>Last day of the previous month</source>
        <translation>Laatste dag van de vorige maand</translation>
    </message>
    <message>
        <source>Close date of each order</source>
        <translation>Afsluitdatum van elke order</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gedaan</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>Closed orders last month</source>
        <translation>Afgesloten orders van vorige maand</translation>
    </message>
    <message>
        <source>Won orders closed in the previous month and approved for invoicing.</source>
        <translation>Gewonnen orders, vorige maand afgesloten en vrijgegeven voor facturering.</translation>
    </message>
    <message>
        <source>All approved won orders</source>
        <translation>Alle vrijgegeven gewonnen orders</translation>
    </message>
    <message>
        <source>Every won order approved for invoicing that has no invoice yet.</source>
        <translation>Elke gewonnen, voor facturering vrijgegeven order zonder factuur.</translation>
    </message>
</context>
<context>
    <name>CommerceMenu</name>
    <message>
        <source>Articles…</source>
        <translation>Artikelen…</translation>
    </message>
    <message>
        <source>Sales orders…</source>
        <translation>Verkooporders…</translation>
    </message>
    <message>
        <source>Shop connections…</source>
        <translation>Webshopkoppelingen…</translation>
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
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>advance</source>
        <translation>vooraf</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>achteraf</translation>
    </message>
    <message>
        <source>Contract {number}</source>
        <translation>Contract {number}</translation>
    </message>
    <message>
        <source>New service contract</source>
        <translation>Nieuw servicecontract</translation>
    </message>
    <message>
        <source>e.g. Wartungsvertrag Klimaanlage</source>
        <translation>bijv. Onderhoudscontract airco</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>eindigt op</translation>
    </message>
    <message>
        <source>in advance (first day of the period)</source>
        <translation>vooraf (eerste dag van de periode)</translation>
    </message>
    <message>
        <source>in arrears (after the period)</source>
        <translation>achteraf (na de periode)</translation>
    </message>
    <message>
        <source>the customer&apos;s address unless given</source>
        <translation>het adres van de klant, indien leeg</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation>Factuur-e-mail</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Kies eerst de klant.</translation>
    </message>
    <message>
        <source>Line {line}, quantity</source>
        <translation>Regel {line}, aantal</translation>
    </message>
    <message>
        <source>Line {line}, price</source>
        <translation>Regel {line}, prijs</translation>
    </message>
    <message>
        <source>Line {line}, VAT</source>
        <translation>Regel {line}, btw</translation>
    </message>
    <message>
        <source>Contract not saved</source>
        <translation>Contract niet opgeslagen</translation>
    </message>
    <message>
        <source>Saving contract</source>
        <translation>Contract opslaan</translation>
    </message>
</context>
<context>
    <name>ContractsMenu</name>
    <message>
        <source>all clerks</source>
        <translation>alle medewerkers</translation>
    </message>
    <message>
        <source>only the clerk who created it</source>
        <translation>alleen de medewerker die haar heeft aangemaakt</translation>
    </message>
    <message>
        <source>next scheduled send {day}{time} ({invoices})</source>
        <translation>volgende geplande verzending {day}{time} ({invoices})</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factuur</numerusform>
            <numerusform>%n facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✉ %n e-mail(s) wait: {reason}</source>
        <translation>
            <numerusform>✉ %n e-mail wacht: {reason}</numerusform>
            <numerusform>✉ %n e-mails wachten: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n send failure(s)</source>
        <translation>
            <numerusform>⚠ %n verzendfout</numerusform>
            <numerusform>⚠ %n verzendfouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued and queued %n collective invoice(s). {error}</source>
        <translation>
            <numerusform>%n verzamelfactuur uitgereikt en in de wachtrij gezet. {error}</numerusform>
            <numerusform>%n verzamelfacturen uitgereikt en in de wachtrij gezet. {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ scheduler: {error}</source>
        <translation>⚠ planner: {error}</translation>
    </message>
    <message>
        <source>Click to set up the mail server.</source>
        <translation>Klik om de mailserver in te stellen.</translation>
    </message>
    <message>
        <source>Collective invoices</source>
        <translation>Verzamelfacturen</translation>
    </message>
    <message>
        <source>Show the login popup about invoices without a send date to:</source>
        <translation>Melding na het inloggen over facturen zonder verzenddatum tonen aan:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Service contracts…</source>
        <translation>Servicecontracten…</translation>
    </message>
    <message>
        <source>Collective invoices…</source>
        <translation>Verzamelfacturen…</translation>
    </message>
    <message>
        <source>Collective invoices without send date…</source>
        <translation>Verzamelfacturen zonder verzenddatum…</translation>
    </message>
    <message>
        <source>Login popup: who sees it…</source>
        <translation>Melding na inloggen: wie ziet hem…</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>Service contracts</source>
        <translation>Servicecontracten</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Take over as invoices</source>
        <translation>Als facturen overnemen</translation>
    </message>
    <message>
        <source>Pending invoices</source>
        <translation>Openstaande facturen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Volgende vervaldatum</translation>
    </message>
    <message>
        <source>Net/period</source>
        <translation>Netto/periode</translation>
    </message>
    <message>
        <source>No service contracts yet — add one with New contract…</source>
        <translation>Nog geen servicecontracten — voeg er een toe met Nieuw contract…</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>Nieuw contract…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Show invoices</source>
        <translation>Facturen tonen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Billed on</source>
        <translation>Gefactureerd op</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>How many periods one collective invoice covers at most</source>
        <translation>Hoeveel perioden één verzamelfactuur ten hoogste omvat</translation>
    </message>
    <message>
        <source>Merge ticked</source>
        <translation>Aangevinkte samenvoegen</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>Alle samenvoegen</translation>
    </message>
    <message>
        <source>Periods per collective invoice</source>
        <translation>Perioden per verzamelfactuur</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>Pending invoices ({count})</source>
        <translation>Openstaande facturen ({count})</translation>
    </message>
    <message>
        <source>Contract {number} saved.</source>
        <translation>Contract {number} opgeslagen.</translation>
    </message>
    <message>
        <source>Planning invoices</source>
        <translation>Facturen plannen</translation>
    </message>
    <message>
        <source>taken over</source>
        <translation>overgenomen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in these months, {new} not taken over yet.</source>
        <translation>
            <numerusform>%n factuur in deze maanden, {new} nog niet overgenomen.</numerusform>
            <numerusform>%n facturen in deze maanden, {new} nog niet overgenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{past} of them were due already and are shown first.</source>
        <translation>Daarvan waren er {past} al verschuldigd; ze staan bovenaan.</translation>
    </message>
    <message>
        <source>Taking over invoices</source>
        <translation>Facturen overnemen</translation>
    </message>
    <message>
        <source>Took over {created} invoices ({existing} existed already).</source>
        <translation>{created} facturen overgenomen ({existing} bestonden al).</translation>
    </message>
    <message>
        <source>Tick the invoices to merge first.</source>
        <translation>Vink eerst de samen te voegen facturen aan.</translation>
    </message>
    <message>
        <source>Merging invoices…</source>
        <translation>Facturen samenvoegen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Merge invoices</source>
        <translation>Facturen samenvoegen</translation>
    </message>
    <message>
        <source>Merging invoices</source>
        <translation>Facturen samenvoegen</translation>
    </message>
    <message>
        <source>Merging invoices… {done} of {total}: {text}</source>
        <translation>Facturen samenvoegen… {done} van {total}: {text}</translation>
    </message>
    <message>
        <source>Merged {invoices} into {collectives} (stopped).</source>
        <translation>{invoices} samengevoegd tot {collectives} (gestopt).</translation>
    </message>
    <message>
        <source>Merged {invoices} into {collectives}.</source>
        <translation>{invoices} samengevoegd tot {collectives}.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factuur</numerusform>
            <numerusform>%n facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collective invoice(s)</source>
        <translation>
            <numerusform>%n verzamelfactuur</numerusform>
            <numerusform>%n verzamelfacturen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Database type {value!r} is not supported; use sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
        <translation>Databasetype {value!r} wordt niet ondersteund; gebruik sqlite:///path/file.sqlite3 of postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <source>A database password is never stored in the settings file; it is kept in the system keyring.</source>
        <translation>Een databasewachtwoord wordt nooit in het instellingenbestand opgeslagen; het wordt bewaard in de wachtwoordopslag van het systeem (keyring).</translation>
    </message>
    <message>
        <source>The e-invoice XML of {doc_number} is invalid: {first_text}</source>
        <translation>De XML van de e-factuur {doc_number} is ongeldig: {first_text}</translation>
    </message>
    <message>
        <source>XRechnung {doc_number} needs a Leitweg-ID or buyer reference.</source>
        <translation>Voor XRechnung {doc_number} is een Leitweg-ID of kopersreferentie nodig.</translation>
    </message>
    <message>
        <source>The database driver {driver!r} is not available; use {backend}:// or {backend}+{shipped}://.</source>
        <translation>Het databasestuurprogramma {driver!r} is niet beschikbaar; gebruik {backend}:// of {backend}+{shipped}://.</translation>
    </message>
    <message>
        <source>The database URL {text} names no database; add its name or file, e.g. postgresql+psycopg://user@host/invoicedesk or sqlite:///path/file.sqlite3.</source>
        <translation>De database-URL {text} noemt geen database; vul de naam of het bestand aan, bijv. postgresql+psycopg://user@host/invoicedesk of sqlite:///pad/bestand.sqlite3.</translation>
    </message>
    <message>
        <source>The database {name!r} belongs to the PostgreSQL server itself; create a database for InvoiceDesk (createdb invoicedesk) and use its name.</source>
        <translation>De database {name!r} hoort bij de PostgreSQL-server zelf; maak een database voor InvoiceDesk aan (createdb invoicedesk) en gebruik die naam.</translation>
    </message>
    <message>
        <source>{text} is not a valid database URL; use sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
        <translation>{text} is geen geldige database-URL; gebruik sqlite:///pad/bestand.sqlite3 of postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <source>The validation could not run ({error}).</source>
        <translation>De validatie kon niet worden uitgevoerd ({error}).</translation>
    </message>
    <message>
        <source>The PDF is encrypted but opens without a password; it was read.</source>
        <translation>De pdf is versleuteld, maar opent zonder wachtwoord; hij is ingelezen.</translation>
    </message>
    <message>
        <source>Only the first {read} of {pages} pages were read.</source>
        <translation>Alleen de eerste {read} van {pages} pagina&apos;s zijn gelezen.</translation>
    </message>
    <message>
        <source>The attachments of the PDF could not be read.</source>
        <translation>De bijlagen van de pdf konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The text of the printed page could not be read.</source>
        <translation>De tekst van de afgedrukte pagina kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (probably a scan); type the fields in.</source>
        <translation>De pdf heeft geen tekstlaag (waarschijnlijk een scan); typ de velden in.</translation>
    </message>
    <message>
        <source>The PDF carries an e-invoice XML ({name}) that cannot be used: {error} The fields were read from the printed page.</source>
        <translation>De pdf bevat een e-factuur-XML ({name}) die niet bruikbaar is: {error} De velden zijn van de afgedrukte pagina gelezen.</translation>
    </message>
    <message>
        <source>Document type {type_code!r} is neither 380 nor 381.</source>
        <translation>Documenttype {type_code!r} is noch 380 noch 381.</translation>
    </message>
    <message>
        <source>Document language {language!r} is not de, en or nl.</source>
        <translation>Documenttaal {language!r} is niet de, en of nl.</translation>
    </message>
    <message>
        <source>Invoice {number} has no lines.</source>
        <translation>Factuur {number} heeft geen regels.</translation>
    </message>
    <message>
        <source>The line amounts of {number} do not match its totals.</source>
        <translation>De regelbedragen van {number} komen niet overeen met de totalen.</translation>
    </message>
    <message>
        <source>The XML uses the character encoding {encoding}, which cannot be read safely.</source>
        <translation>De XML gebruikt de tekencodering {encoding}, die niet veilig gelezen kan worden.</translation>
    </message>
    <message>
        <source>The XML declares a document type or entities (&lt;!DOCTYPE …&gt;), which e-invoices never need; it was refused for safety.</source>
        <translation>De XML declareert een documenttype of entiteiten (&lt;!DOCTYPE …&gt;), die e-facturen nooit nodig hebben; het is om veiligheidsredenen geweigerd.</translation>
    </message>
    <message>
        <source>The file does not start like XML in its character encoding {encoding}.</source>
        <translation>Het bestand begint in zijn tekencodering {encoding} niet als XML.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid IBAN.</source>
        <translation>{value!r} is geen geldige IBAN.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid BIC.</source>
        <translation>{value!r} is geen geldige BIC.</translation>
    </message>
    <message>
        <source>{action} is not possible: {reason}</source>
        <translation>{action} is niet mogelijk: {reason}</translation>
    </message>
    <message>
        <source>Case {case_id} was changed by {user} at {time} after you opened it; reload it to see the changes.</source>
        <translation>Dossier {case_id} is na het openen door {user} om {time} gewijzigd; laad het opnieuw om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>Case {case_id} was changed by {user} after you opened it; reload it to see the changes.</source>
        <translation>Dossier {case_id} is na het openen door {user} gewijzigd; laad het opnieuw om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>Case {case_id} was changed by another user after you opened it; reload it to see the changes.</source>
        <translation>Dossier {case_id} is na het openen door een andere gebruiker gewijzigd; laad het opnieuw om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>An interval of {months} months is not offered; use {allowed}.</source>
        <translation>Een interval van {months} maanden is niet beschikbaar; gebruik {allowed}.</translation>
    </message>
    <message>
        <source>The period {text!r} ends before it begins.</source>
        <translation>De periode {text!r} eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>{text!r} is not a period; write it as 2027-01..2027-12, 2027-03 or 2027.</source>
        <translation>{text!r} is geen periode; schrijf die als 2027-01..2027-12, 2027-03 of 2027.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>The {what} {value!r} is not a finite number.</source>
        <translation>Het {what} {value!r} is geen eindig getal.</translation>
    </message>
    <message>
        <source>The {what} {value} is not a finite number.</source>
        <translation>{what} {value} is geen eindig getal.</translation>
    </message>
    <message>
        <source>The {what} {value} is larger than {limit}, the most InvoiceDesk accepts.</source>
        <translation>{what} {value} is groter dan {limit}, het maximum dat InvoiceDesk accepteert.</translation>
    </message>
    <message>
        <source>The {what} must be a number, not {value!r}.</source>
        <translation>Het {what} moet een getal zijn, niet {value!r}.</translation>
    </message>
    <message>
        <source>The {what} must be a decimal number, not {name}.</source>
        <translation>Het {what} moet een decimaal getal zijn, niet {name}.</translation>
    </message>
    <message>
        <source>The {what} {value!r} is not a number.</source>
        <translation>Het {what} {value!r} is geen getal.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid e-mail address.</source>
        <translation>{value!r} is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid VAT ID.</source>
        <translation>{value!r} is geen geldig btw-nummer.</translation>
    </message>
    <message>
        <source>A discount of {line_discount_percent} % is not between 0 and 100.</source>
        <translation>Een korting van {line_discount_percent} % ligt niet tussen 0 en 100.</translation>
    </message>
    <message>
        <source>A VAT rate of {line_vat_rate} % is not possible.</source>
        <translation>Een btw-tarief van {line_vat_rate} % is niet mogelijk.</translation>
    </message>
    <message>
        <source>VAT category {vat_category_value} requires a rate of 0 %, not {line_vat_rate} %.</source>
        <translation>Btw-categorie {vat_category_value} vereist een tarief van 0 %, niet {line_vat_rate} %.</translation>
    </message>
    <message>
        <source>needs one of the roles {roles}</source>
        <translation>hiervoor is een van de rollen {roles} nodig</translation>
    </message>
    <message>
        <source>needs the role {role}</source>
        <translation>hiervoor is de rol {role} nodig</translation>
    </message>
    <message>
        <source>needs the role {role} or {other}</source>
        <translation>hiervoor is de rol {role} of {other} nodig</translation>
    </message>
    <message>
        <source>already marked as delivered</source>
        <translation>al als geleverd gemarkeerd</translation>
    </message>
    <message>
        <source>not marked as delivered</source>
        <translation>niet als geleverd gemarkeerd</translation>
    </message>
    <message>
        <source>already marked as booked</source>
        <translation>al als geboekt gemarkeerd</translation>
    </message>
    <message>
        <source>not marked as booked</source>
        <translation>niet als geboekt gemarkeerd</translation>
    </message>
    <message>
        <source>the same user who edited the invoice cannot check it (four-eyes rule)</source>
        <translation>wie de factuur heeft bewerkt, mag haar niet zelf controleren (vier-ogenprincipe)</translation>
    </message>
    <message>
        <source>the amount {amount} exceeds your approval limit of {limit}</source>
        <translation>het bedrag {amount} ligt boven uw goedkeuringslimiet van {limit}</translation>
    </message>
    <message>
        <source>an issued credit note cannot be canceled</source>
        <translation>een uitgereikte creditnota kan niet worden geannuleerd</translation>
    </message>
    <message>
        <source>not available for outgoing cases</source>
        <translation>niet beschikbaar voor uitgaande dossiers</translation>
    </message>
    <message>
        <source>not available for incoming cases</source>
        <translation>niet beschikbaar voor inkomende dossiers</translation>
    </message>
    <message>
        <source>only the application itself does this</source>
        <translation>dit doet alleen het programma zelf</translation>
    </message>
    <message>
        <source>not possible in status {status}</source>
        <translation>niet mogelijk in de status {status}</translation>
    </message>
    <message>
        <source>the case is not yet delivered and booked</source>
        <translation>het dossier is nog niet geleverd en geboekt</translation>
    </message>
    <message>
        <source>a comment with the reason is required</source>
        <translation>een opmerking met de reden is verplicht</translation>
    </message>
    <message>
        <source>Invoice {number} was canceled meanwhile; it was not delivered.</source>
        <translation>Factuur {number} is intussen geannuleerd; ze is niet bezorgd.</translation>
    </message>
    <message>
        <source>A credit note was issued for invoice {number} meanwhile; it was not delivered.</source>
        <translation>Voor factuur {number} is intussen een creditnota uitgegeven; ze is niet bezorgd.</translation>
    </message>
    <message>
        <source>Invoice {number} was changed meanwhile (now {status}); it was not delivered — send or print it from the desk if it should still go.</source>
        <translation>Factuur {number} is intussen gewijzigd (nu {status}); ze is niet bezorgd — verstuur of print ze vanuit het overzicht als ze nog weg moet.</translation>
    </message>
    <message>
        <source>Billing run {run} stopped after {created} of {orders} invoices were created ({reason}); resume it with `invoicedesk billing-run --resume {run}` or in Tools → Billing run.</source>
        <translation>Factureerrun {run} is gestopt nadat {created} van {orders} facturen waren aangemaakt ({reason}); hervat hem met `invoicedesk billing-run --resume {run}` of via Extra → Factureerrun.</translation>
    </message>
    <message>
        <source>The merge stopped after {made} of {total} collective invoices were created from {merged} contract invoices ({reason}); merge again to combine the rest.</source>
        <translation>Het samenvoegen is gestopt nadat {made} van {total} verzamelfacturen uit {merged} contractfacturen waren gemaakt ({reason}); voeg opnieuw samen om de rest te combineren.</translation>
    </message>
    <message>
        <source>Stuck incoming cases could not be read again ({error}).</source>
        <translation>Vastgelopen inkomende zaken konden niet opnieuw worden gelezen ({error}).</translation>
    </message>
    <message>
        <source>demo invoice</source>
        <translation>demofactuur</translation>
    </message>
    <message>
        <source>Unknown e-mail kind {kind!r}; use one of {items}.</source>
        <translation>Onbekende e-mailsoort {kind!r}; gebruik een van {items}.</translation>
    </message>
    <message>
        <source>The XML file is no CAMT.053 bank statement.</source>
        <translation>Het XML-bestand is geen CAMT.053-rekeningafschrift.</translation>
    </message>
    <message>
        <source>CAMT.053 version 001.{v} is not supported (001.02 to 001.08).</source>
        <translation>CAMT.053 versie 001.{v} wordt niet ondersteund (001.02 tot 001.08).</translation>
    </message>
    <message>
        <source>The CAMT.053 file holds no statement.</source>
        <translation>Het CAMT.053-bestand bevat geen afschrift.</translation>
    </message>
    <message>
        <source>A statement of the file has no account or no id.</source>
        <translation>Een afschrift in het bestand heeft geen rekening of geen id.</translation>
    </message>
    <message>
        <source>An entry of the statement has no amount.</source>
        <translation>Een boeking van het afschrift heeft geen bedrag.</translation>
    </message>
    <message>
        <source>An entry is neither credit nor debit.</source>
        <translation>Een boeking is noch bij- noch afschrijving.</translation>
    </message>
    <message>
        <source>An entry of the statement has no booking date.</source>
        <translation>Een boeking van het afschrift heeft geen boekingsdatum.</translation>
    </message>
    <message>
        <source>The amount {value!r} is no number.</source>
        <translation>Het bedrag {value!r} is geen getal.</translation>
    </message>
    <message>
        <source>The file is no readable XML: {error}</source>
        <translation>Het bestand is geen leesbare XML: {error}</translation>
    </message>
    <message>
        <source>The date {value!r} is no date.</source>
        <translation>De datum {value!r} is geen datum.</translation>
    </message>
    <message>
        <source>The account {account!r} (:25:) is no bank account.</source>
        <translation>De rekening {account!r} (:25:) is geen bankrekening.</translation>
    </message>
    <message>
        <source>The file holds no MT940 statement (no :20: and :25: fields).</source>
        <translation>Het bestand bevat geen MT940-afschrift (geen velden :20: en :25:).</translation>
    </message>
    <message>
        <source>A statement of the file has no reference (:20:).</source>
        <translation>Een afschrift in het bestand heeft geen referentie (:20:).</translation>
    </message>
    <message>
        <source>Statement {reference} has no closing balance (:62:); the file is cut or garbled.</source>
        <translation>Afschrift {reference} heeft geen eindsaldo (:62:); het bestand is afgebroken of beschadigd.</translation>
    </message>
    <message>
        <source>An entry (:61:) has no amount or no date.</source>
        <translation>Een boeking (:61:) heeft geen bedrag of geen datum.</translation>
    </message>
    <message>
        <source>The MT940 file cannot be read: {error}</source>
        <translation>Het MT940-bestand kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB.</source>
        <translation>Het bestand is groter dan 64 MB.</translation>
    </message>
    <message>
        <source>The file holds no statement.</source>
        <translation>Het bestand bevat geen afschrift.</translation>
    </message>
    <message>
        <source>An XRechnung needs the company&apos;s phone number and e-mail address; enter them in the settings.</source>
        <translation>Een XRechnung heeft het telefoonnummer en het e-mailadres van het bedrijf nodig; vul ze in bij de instellingen.</translation>
    </message>
    <message>
        <source>The XRechnung of {number} breaks rule {rule}: {text}</source>
        <translation>De XRechnung van {number} schendt regel {rule}: {text}</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>leverancier</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>factuurnummer</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Read from a scan by OCR (confidence {percent} %).</source>
        <translation>Met tekstherkenning uit een scan gelezen (zekerheid {percent} %).</translation>
    </message>
    <message>
        <source>The PDF has no text layer and its pages cannot be rendered for OCR.</source>
        <translation>De PDF heeft geen tekstlaag en de pagina&apos;s kunnen niet voor tekstherkenning worden weergegeven.</translation>
    </message>
    <message>
        <source>The PDF has no text layer and OCR is not available ({reason}).</source>
        <translation>De PDF heeft geen tekstlaag en tekstherkenning is niet beschikbaar ({reason}).</translation>
    </message>
    <message>
        <source>the amount {amount} is above every approver&apos;s limit (the highest is {highest}); an administrator must raise a limit first</source>
        <translation>het bedrag {amount} ligt boven de limiet van elke fiatteerder (de hoogste is {highest}); een beheerder moet eerst een limiet verhogen</translation>
    </message>
    <message>
        <source>your user account is deactivated</source>
        <translation>uw gebruikersaccount is gedeactiveerd</translation>
    </message>
    <message>
        <source>you uploaded this invoice, and its uploader may not check it (four-eyes rule)</source>
        <translation>u hebt deze factuur geüpload, en wie haar uploadde mag haar niet controleren (vierogenprincipe)</translation>
    </message>
    <message>
        <source>the uploader checks</source>
        <translation>wie uploadde, controleert</translation>
    </message>
    <message>
        <source>you changed this invoice&apos;s data, and an editor may not check it (four-eyes rule)</source>
        <translation>u hebt gegevens van deze factuur gewijzigd, en wie haar bewerkte mag haar niet controleren (vierogenprincipe)</translation>
    </message>
    <message>
        <source>an editor checks</source>
        <translation>een bewerker controleert</translation>
    </message>
    <message>
        <source>the editor who finished checks</source>
        <translation>wie de bewerking afrondde, controleert</translation>
    </message>
    <message>
        <source>you checked this invoice, and its checker may not approve it (four-eyes rule)</source>
        <translation>u hebt deze factuur gecontroleerd, en wie haar controleerde mag haar niet fiatteren (vierogenprincipe)</translation>
    </message>
    <message>
        <source>the checker approves</source>
        <translation>wie controleerde, fiatteert</translation>
    </message>
    <message>
        <source>you changed this invoice&apos;s data, and an editor may not approve it (four-eyes rule)</source>
        <translation>u hebt gegevens van deze factuur gewijzigd, en wie haar bewerkte mag haar niet fiatteren (vierogenprincipe)</translation>
    </message>
    <message>
        <source>an editor approves</source>
        <translation>een bewerker fiatteert</translation>
    </message>
    <message>
        <source>you finished editing this invoice, and its editor may not approve it (four-eyes rule)</source>
        <translation>u hebt de bewerking van deze factuur afgerond, en wie haar bewerkte mag haar niet fiatteren (vierogenprincipe)</translation>
    </message>
    <message>
        <source>the editor who finished approves</source>
        <translation>wie de bewerking afrondde, fiatteert</translation>
    </message>
    <message>
        <source>the invoice is in {currency} and approval limits count in {limit_currency}, so an administrator must approve it</source>
        <translation>de factuur is in {currency} en fiatteringslimieten gelden in {limit_currency}; daarom moet een beheerder haar fiatteren</translation>
    </message>
    <message>
        <source>the amount {amount} exceeds your approval limit of {limit}; {names} can approve it</source>
        <translation>het bedrag {amount} overschrijdt uw fiatteringslimiet van {limit}; fiatteren kan: {names}</translation>
    </message>
    <message>
        <source>{field}: the character {char} cannot be printed on an invoice; remove it.</source>
        <translation>{field}: het teken {char} kan niet op een factuur worden afgedrukt; verwijder het.</translation>
    </message>
    <message>
        <source>Line {line}: the character {char} cannot be printed on an invoice; remove it.</source>
        <translation>Regel {line}: het teken {char} kan niet op een factuur worden afgedrukt; verwijder het.</translation>
    </message>
    <message>
        <source>No base rate is known for {day}; add it to the dunning settings.</source>
        <translation>Voor {day} is geen basisrente bekend; voeg deze toe in de aanmaninstellingen.</translation>
    </message>
    <message>
        <source>A dunning level has no texts.</source>
        <translation>Een aanmaningsniveau heeft geen teksten.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid Leitweg-ID (for example 991-03730-19: the area code, an optional fine address and two check digits).</source>
        <translation>{value!r} is geen geldige Leitweg-ID (bijvoorbeeld 991-03730-19: het gebiedsnummer, een optioneel fijnadres en twee controlecijfers).</translation>
    </message>
    <message>
        <source>invoice numbers {numbers} in the remittance text, the amount differs</source>
        <translation>factuurnummers {numbers} in de omschrijving, het bedrag wijkt af</translation>
    </message>
    <message>
        <source>number {number} without its prefix, the amount agrees</source>
        <translation>nummer {number} zonder prefix, het bedrag klopt</translation>
    </message>
    <message>
        <source>invoice number {numbers} in the remittance text, the amount agrees</source>
        <translation>factuurnummer {numbers} in de omschrijving, het bedrag klopt</translation>
    </message>
    <message>
        <source>invoice number {number} in the remittance text: pays {excess} more</source>
        <translation>factuurnummer {number} in de omschrijving: {excess} te veel betaald</translation>
    </message>
    <message>
        <source>only the amount agrees</source>
        <translation>alleen het bedrag klopt</translation>
    </message>
    <message>
        <source>invoice number {number} in the remittance text: part payment of {amount}</source>
        <translation>factuurnummer {number} in de omschrijving: deelbetaling van {amount}</translation>
    </message>
    <message>
        <source>amount and the payer&apos;s IBAN agree</source>
        <translation>bedrag en IBAN van de betaler kloppen</translation>
    </message>
    <message>
        <source>the payer&apos;s open invoices add up to the amount</source>
        <translation>de openstaande facturen van de betaler tellen op tot het bedrag</translation>
    </message>
    <message>
        <source>amount and the payer&apos;s name agree</source>
        <translation>bedrag en naam van de betaler kloppen</translation>
    </message>
    <message>
        <source>Line {line}: the {what} {value} has more than {places} decimals.</source>
        <translation>Regel {line}: {what} {value} heeft meer dan {places} decimalen.</translation>
    </message>
    <message>
        <source>The {what} {value} has more than {places} decimals.</source>
        <translation>{what} {value} heeft meer dan {places} decimalen.</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>de hoeveelheid</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>de prijs</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>de korting</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>het btw-tarief</translation>
    </message>
    <message>
        <source>Line {line}: the amount is larger than {max_amount}.</source>
        <translation>Regel {line}: het bedrag is groter dan {max_amount}.</translation>
    </message>
    <message>
        <source>A cash discount needs both a percentage and a number of days.</source>
        <translation>Een betalingskorting heeft een percentage en een aantal dagen nodig.</translation>
    </message>
    <message>
        <source>A cash discount of {percent} % is not possible; use 0.01 to 99.99 %.</source>
        <translation>Een betalingskorting van {percent} % is niet mogelijk; gebruik 0,01 tot 99,99 %.</translation>
    </message>
    <message>
        <source>The cash discount period must be between 1 and 365 days.</source>
        <translation>De kortingstermijn moet tussen 1 en 365 dagen liggen.</translation>
    </message>
    <message>
        <source>The cash discount period ({days} days) is longer than the payment terms ({payment_days} days).</source>
        <translation>De kortingstermijn ({days} dagen) is langer dan de betalingstermijn ({payment_days} dagen).</translation>
    </message>
    <message>
        <source>Line {position}: tax category {chosen} chosen by hand instead of {decided}; check that the invoice is right.</source>
        <translation>Regel {position}: btw-categorie {chosen} met de hand gekozen in plaats van {decided}; controleer of de factuur klopt.</translation>
    </message>
    <message>
        <source>Service to a consumer outside the EU: VAT of the seller&apos;s country.</source>
        <translation>Dienst aan een consument buiten de EU: btw van het land van de verkoper.</translation>
    </message>
    <message>
        <source>Small business (§ 19 UStG): no VAT is charged.</source>
        <translation>Kleine ondernemer (§ 19 UStG): er wordt geen btw berekend.</translation>
    </message>
    <message>
        <source>Domestic supply: VAT at the line&apos;s rate.</source>
        <translation>Binnenlandse levering: btw tegen het tarief van de regel.</translation>
    </message>
    <message>
        <source>Consumer in another EU country: VAT of the seller&apos;s country.</source>
        <translation>Consument in een ander EU-land: btw van het land van de verkoper.</translation>
    </message>
    <message>
        <source>Service to an EU business ({vat_id}): reverse charge, the customer owes the VAT.</source>
        <translation>Dienst aan een ondernemer in de EU ({vat_id}): btw verlegd, de klant draagt de btw af.</translation>
    </message>
    <message>
        <source>Export of goods outside the EU: tax-free.</source>
        <translation>Uitvoer van goederen buiten de EU: vrijgesteld.</translation>
    </message>
    <message>
        <source>Service to a business outside the EU: not taxable in the seller&apos;s country.</source>
        <translation>Dienst aan een ondernemer buiten de EU: niet belast in het land van de verkoper.</translation>
    </message>
    <message>
        <source>EU business customer, but the company has no VAT ID: VAT is charged.</source>
        <translation>Ondernemer in de EU, maar het bedrijf heeft geen btw-nummer: btw wordt berekend.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s VAT ID in the settings; EU supplies to businesses are tax-free only with both VAT IDs.</source>
        <translation>Vul het btw-nummer van het bedrijf in bij de instellingen; leveringen aan ondernemers in de EU zijn alleen met beide btw-nummers vrijgesteld.</translation>
    </message>
    <message>
        <source>Intra-Community supply of goods to an EU business ({vat_id}): tax-free.</source>
        <translation>Intracommunautaire levering aan een ondernemer in de EU ({vat_id}): vrijgesteld.</translation>
    </message>
    <message>
        <source>The EU business customer has no valid VAT ID, so VAT is charged; enter its VAT ID for a tax-free supply.</source>
        <translation>De zakelijke klant in de EU heeft geen geldig btw-nummer, dus wordt btw berekend; vul zijn btw-nummer in voor een vrijgestelde levering.</translation>
    </message>
    <message>
        <source>only a person can check or approve an invoice, not the application</source>
        <translation>alleen een persoon kan een factuur controleren of fiatteren, niet de toepassing</translation>
    </message>
    <message>
        <source>a credit note is settled by refund or offset, not paid or reminded</source>
        <translation>een creditnota wordt terugbetaald of verrekend, niet betaald of aangemaand</translation>
    </message>
    <message>
        <source>only a credit note is settled</source>
        <translation>alleen een creditnota wordt vereffend</translation>
    </message>
    <message>
        <source>its e-mail is already waiting to be sent; Resend replaces it</source>
        <translation>de e-mail wacht al op verzending; Opnieuw verzenden vervangt deze</translation>
    </message>
    <message>
        <source>nothing has been sent yet; use Send</source>
        <translation>er is nog niets verzonden; gebruik Verzenden</translation>
    </message>
    <message>
        <source>no mail server</source>
        <translation>geen mailserver</translation>
    </message>
    <message>
        <source>no sender address</source>
        <translation>geen afzenderadres</translation>
    </message>
    <message>
        <source>no mail password stored</source>
        <translation>geen mailwachtwoord opgeslagen</translation>
    </message>
    <message>
        <source>the mail settings are not valid</source>
        <translation>de mailinstellingen zijn ongeldig</translation>
    </message>
    <message>
        <source>the mail server refused the login</source>
        <translation>de mailserver heeft de aanmelding geweigerd</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate is not trusted</source>
        <translation>het certificaat van de mailserver wordt niet vertrouwd</translation>
    </message>
    <message>
        <source>the mail server offers no encryption</source>
        <translation>de mailserver biedt geen versleuteling</translation>
    </message>
    <message>
        <source>the mail server cannot be reached</source>
        <translation>de mailserver is niet bereikbaar</translation>
    </message>
    <message>
        <source>the mail server refuses the sender address</source>
        <translation>de mailserver weigert het afzenderadres</translation>
    </message>
    <message>
        <source>This case already has such an e-mail on its way; it is not queued a second time.</source>
        <translation>Voor dit dossier is zo&apos;n e-mail al onderweg; deze wordt geen tweede keer in de wachtrij gezet.</translation>
    </message>
    <message>
        <source>The e-mail has no recipient; enter at least one address.</source>
        <translation>De e-mail heeft geen ontvanger; voer minstens één adres in.</translation>
    </message>
    <message>
        <source>The e-mail has no subject.</source>
        <translation>De e-mail heeft geen onderwerp.</translation>
    </message>
    <message>
        <source>The subject is longer than {max_subject} characters.</source>
        <translation>Het onderwerp is langer dan {max_subject} tekens.</translation>
    </message>
    <message>
        <source>send_after must be timezone-aware.</source>
        <translation>send_after moet een tijdzone bevatten.</translation>
    </message>
    <message>
        <source>There is no e-mail with the id {outbox_id} in the outbox.</source>
        <translation>Er staat geen e-mail met id {outbox_id} in de verzendwachtrij.</translation>
    </message>
    <message>
        <source>The attachment {filename!r} has no valid name or type.</source>
        <translation>De bijlage {filename!r} heeft geen geldige naam of geldig type.</translation>
    </message>
    <message>
        <source>The attachment content {value} is not stored.</source>
        <translation>De bijlage-inhoud {value} is niet opgeslagen.</translation>
    </message>
    <message>
        <source>{field}: {exc}</source>
        <translation>{field}: {exc}</translation>
    </message>
    <message>
        <source>No mail server is configured; set it up in the SMTP settings (or {env_url} on a server).</source>
        <translation>Er is geen mailserver ingesteld; stel die in bij de SMTP-instellingen (of {env_url} op een server).</translation>
    </message>
    <message>
        <source>{env_url} must start with smtp://, not {parts_scheme!r}.</source>
        <translation>{env_url} moet beginnen met smtp://, niet met {parts_scheme!r}.</translation>
    </message>
    <message>
        <source>tls={security!r} is unknown; use starttls, ssl or none.</source>
        <translation>tls={security!r} is onbekend; gebruik starttls, ssl of none.</translation>
    </message>
    <message>
        <source>{env_url} must not contain a password; store it in the password store.</source>
        <translation>{env_url} mag geen wachtwoord bevatten; bewaar het in de wachtwoordopslag.</translation>
    </message>
    <message>
        <source>The SMTP security {security!r} is unknown.</source>
        <translation>De SMTP-beveiliging {security!r} is onbekend.</translation>
    </message>
    <message>
        <source>The SMTP security {security!r} is unknown; use starttls, ssl or none.</source>
        <translation>De SMTP-beveiliging {security!r} is onbekend; gebruik starttls, ssl of none.</translation>
    </message>
    <message>
        <source>The SMTP settings name no mail server (host).</source>
        <translation>In de SMTP-instellingen staat geen mailserver (host).</translation>
    </message>
    <message>
        <source>The SMTP settings have no sender address; set &apos;from&apos; (e.g. rechnung@firma.de).</source>
        <translation>In de SMTP-instellingen ontbreekt het afzenderadres; vul &apos;from&apos; in (bijv. factuur@bedrijf.nl).</translation>
    </message>
    <message>
        <source>No password for the mail account {keyring_name} is stored in the password store; enter it in the SMTP settings.</source>
        <translation>Voor het mailaccount {keyring_name} staat geen wachtwoord in de wachtwoordopslag; voer het in bij de SMTP-instellingen.</translation>
    </message>
    <message>
        <source>{env_url} is not a valid URL: {exc}</source>
        <translation>{env_url} is geen geldige URL: {exc}</translation>
    </message>
    <message>
        <source>The CA file {cafile} for the mail server cannot be read: {exc}</source>
        <translation>Het CA-bestand {cafile} voor de mailserver kan niet worden gelezen: {exc}</translation>
    </message>
    <message>
        <source>The certificate of the mail server {where} is not trusted ({reason}); nothing was sent.</source>
        <translation>Het certificaat van de mailserver {where} wordt niet vertrouwd ({reason}); er is niets verzonden.</translation>
    </message>
    <message>
        <source>The mail server {where} refused the login of {user}: {answer}</source>
        <translation>De mailserver {where} heeft de aanmelding van {user} geweigerd: {answer}</translation>
    </message>
    <message>
        <source>The mail server {where} cannot be reached: {error}</source>
        <translation>De mailserver {where} is niet bereikbaar: {error}</translation>
    </message>
    <message>
        <source>The mail server {where} does not offer STARTTLS; refusing to send without encryption.</source>
        <translation>De mailserver {where} biedt geen STARTTLS aan; zonder versleuteling wordt er niet verzonden.</translation>
    </message>
    <message>
        <source>The test e-mail to {recipient} was accepted by {host}.</source>
        <translation>De test-e-mail aan {recipient} is door {host} geaccepteerd.</translation>
    </message>
    <message>
        <source>The mail server did not accept the test e-mail: {verdict_reason}</source>
        <translation>De mailserver heeft de test-e-mail niet aangenomen: {verdict_reason}</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer; enter the password each session instead.</source>
        <translation>Op deze computer is geen veilige wachtwoordopslag (keyring) beschikbaar; voer het wachtwoord daarom in elke sessie opnieuw in.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer; the password cannot be saved.</source>
        <translation>Op deze computer is geen veilige wachtwoordopslag (keyring) beschikbaar; het wachtwoord kan niet worden bewaard.</translation>
    </message>
    <message>
        <source>The password store could not be read: {exc}</source>
        <translation>De wachtwoordopslag kon niet worden gelezen: {exc}</translation>
    </message>
    <message>
        <source>The password could not be saved: {exc}</source>
        <translation>Het wachtwoord kon niet worden opgeslagen: {exc}</translation>
    </message>
    <message>
        <source>it does not follow the row before it in the table (a row before it was deleted or changed)</source>
        <translation>zij sluit niet aan op de vorige rij van de tabel (een rij ervoor is verwijderd of gewijzigd)</translation>
    </message>
    <message>
        <source>its content does not match its hash (the row was changed, or the row before it in its chain was deleted)</source>
        <translation>de inhoud past niet bij de hash (de rij is gewijzigd, of de rij ervoor in haar keten is verwijderd)</translation>
    </message>
    <message>
        <source>{comment} (self-check allowed for a one-person office: {rules})</source>
        <translation>{comment} (zelfcontrole toegestaan voor een eenmanskantoor: {rules})</translation>
    </message>
    <message>
        <source>self-check allowed for a one-person office: {rules}</source>
        <translation>zelfcontrole toegestaan voor een eenmanskantoor: {rules}</translation>
    </message>
    <message>
        <source>settled and booked</source>
        <translation>vereffend en geboekt</translation>
    </message>
    <message>
        <source>offset against invoice {number} on {day}</source>
        <translation>op {day} verrekend met factuur {number}</translation>
    </message>
    <message>
        <source>credit notes offset: {amount}</source>
        <translation>verrekende creditnota&apos;s: {amount}</translation>
    </message>
    <message>
        <source>refunded on {day}</source>
        <translation>terugbetaald op {day}</translation>
    </message>
    <message>
        <source>open: to be refunded or offset</source>
        <translation>open: terug te betalen of te verrekenen</translation>
    </message>
    <message>
        <source>edited: {fields}</source>
        <translation>bewerkt: {fields}</translation>
    </message>
    <message>
        <source>edited: {fields} (the editor was not closed; recorded afterwards)</source>
        <translation>bewerkt: {fields} (de editor werd niet gesloten; achteraf vastgelegd)</translation>
    </message>
    <message>
        <source>draft edited: {fields} (the editor was not closed; recorded afterwards)</source>
        <translation>concept bewerkt: {fields} (de editor werd niet gesloten; achteraf vastgelegd)</translation>
    </message>
    <message>
        <source>combined with collective invoice {other} and its {count} contract invoices: the new periods bridged the two; Undo merge gives all of them back</source>
        <translation>samengevoegd met verzamelfactuur {other} en haar {count} contractfacturen: de nieuwe perioden overbrugden beide; ‘Samenvoegen ongedaan maken’ geeft ze allemaal terug</translation>
    </message>
    <message>
        <source>combined into collective invoice {case}: the new periods bridged the two</source>
        <translation>opgegaan in verzamelfactuur {case}: de nieuwe perioden overbrugden beide</translation>
    </message>
    <message>
        <source>merge undone: {count} contract invoices are pending again</source>
        <translation>samenvoegen ongedaan gemaakt: {count} contractfacturen staan weer open</translation>
    </message>
    <message>
        <source>This collective invoice was not merged from contract invoices; delete the draft instead.</source>
        <translation>Deze verzamelfactuur is niet uit contractfacturen samengevoegd; verwijder in plaats daarvan het concept.</translation>
    </message>
    <message>
        <source>Invoice {number} has no customer or issue date to write a reminder to.</source>
        <translation>Factuur {number} heeft geen klant of factuurdatum om een aanmaning voor te schrijven.</translation>
    </message>
    <message>
        <source>{title} (level {level}) {how}: open {open}, fees {fees}, interest {interest}, total {total}</source>
        <translation>{title} (niveau {level}) {how}: open {open}, kosten {fees}, rente {interest}, totaal {total}</translation>
    </message>
    <message>
        <source>by e-mail to {to}</source>
        <translation>per e-mail aan {to}</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>om te printen</translation>
    </message>
    <message>
        <source>Stopping the dunning</source>
        <translation>Aanmaningen stoppen</translation>
    </message>
    <message>
        <source>Say why the dunning of this case stops (e.g. a dispute).</source>
        <translation>Geef aan waarom de aanmaningen voor dit dossier stoppen (bijv. een geschil).</translation>
    </message>
    <message>
        <source>dunning stopped: {reason}</source>
        <translation>aanmaningen gestopt: {reason}</translation>
    </message>
    <message>
        <source>{customer} has no e-mail address; print the reminder instead.</source>
        <translation>{customer} heeft geen e-mailadres; print de aanmaning in plaats daarvan.</translation>
    </message>
    <message>
        <source>No reminder is due for {number} today.</source>
        <translation>Voor {number} is vandaag geen aanmaning verschuldigd.</translation>
    </message>
    <message>
        <source>Resuming the dunning</source>
        <translation>Aanmaningen hervatten</translation>
    </message>
    <message>
        <source>The dunning of {number} is not stopped.</source>
        <translation>De aanmaningen voor {number} zijn niet gestopt.</translation>
    </message>
    <message>
        <source>dunning resumed</source>
        <translation>aanmaningen hervat</translation>
    </message>
    <message>
        <source>{done} of {total} reminders</source>
        <translation>{done} van {total} aanmaningen</translation>
    </message>
    <message>
        <source>paid, stopped or reminded meanwhile</source>
        <translation>inmiddels betaald, gestopt of aangemaand</translation>
    </message>
    <message>
        <source>reminded elsewhere</source>
        <translation>elders aangemaand</translation>
    </message>
    <message>
        <source>Set up between 1 and {most} dunning levels.</source>
        <translation>Stel 1 tot {most} aanmaningsniveaus in.</translation>
    </message>
    <message>
        <source>Each dunning level needs its own number of days after the due date (1 or more).</source>
        <translation>Elk aanmaningsniveau heeft een eigen aantal dagen na de vervaldatum nodig (1 of meer).</translation>
    </message>
    <message>
        <source>Each base rate needs its own valid-from date.</source>
        <translation>Elke basisrente heeft een eigen ingangsdatum nodig.</translation>
    </message>
    <message>
        <source>A reminder gives 1 to 60 days to pay.</source>
        <translation>Een aanmaning geeft 1 tot 60 dagen om te betalen.</translation>
    </message>
    <message>
        <source>The dunning level after {days} days needs a title, subject and text in {language}.</source>
        <translation>Het aanmaningsniveau na {days} dagen heeft een titel, onderwerp en tekst in {language} nodig.</translation>
    </message>
    <message>
        <source>Changing the dunning settings</source>
        <translation>Aanmaninstellingen wijzigen</translation>
    </message>
    <message>
        <source>A dunning fee of {fee} is not possible.</source>
        <translation>Aanmaningskosten van {fee} zijn niet mogelijk.</translation>
    </message>
    <message>
        <source>A base rate of {rate} % is not plausible.</source>
        <translation>Een basisrente van {rate} % is niet aannemelijk.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <source>another process took the case over and finishes it</source>
        <translation>een ander proces heeft de zaak overgenomen en rondt haar af</translation>
    </message>
    <message>
        <source>The intake stopped after {done} of {total} files were read to the end; {stored} more are stored and are read again automatically (or with `invoicedesk intake --recover`); {missing} were not taken in. Reason: {reason}.</source>
        <translation>De invoer is gestopt nadat {done} van {total} bestanden volledig gelezen waren; {stored} andere zijn opgeslagen en worden automatisch opnieuw gelezen (of met `invoicedesk intake --recover`); {missing} zijn niet ingevoerd. Reden: {reason}.</translation>
    </message>
    <message>
        <source>The file could not be read in {attempts} attempts: each time, the process reading it stopped. Use Read again to try once more.</source>
        <translation>Het bestand kon in {attempts} pogingen niet gelezen worden: telkens stopte het proces dat het las. Probeer het nog eens met ‘Opnieuw lezen’.</translation>
    </message>
    <message>
        <source>file {name} taken in again: reading resumed</source>
        <translation>bestand {name} opnieuw ingevoerd: het lezen wordt hervat</translation>
    </message>
    <message>
        <source>the same file is being read by another process right now; it finishes the case there or it is taken up again here</source>
        <translation>hetzelfde bestand wordt nu door een ander proces gelezen; dat rondt de zaak daar af, of ze wordt hier weer opgepakt</translation>
    </message>
    <message>
        <source>the application stopped before the file was read; it is read later</source>
        <translation>de toepassing stopte voordat het bestand gelezen was; het wordt later gelezen</translation>
    </message>
    <message>
        <source>The read-out could not be stored ({error}).</source>
        <translation>De uitgelezen gegevens konden niet worden opgeslagen ({error}).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>read from a scan (OCR confidence {percent} %)</source>
        <translation>uit een scan gelezen (tekstherkenning {percent} % zeker)</translation>
    </message>
    <message>
        <source>check fields: {fields}</source>
        <translation>velden controleren: {fields}</translation>
    </message>
    <message>
        <source>read completely</source>
        <translation>volledig gelezen</translation>
    </message>
    <message>
        <source>the process reading the file stopped; it is read again (attempt {attempt})</source>
        <translation>het proces dat het bestand las is gestopt; het wordt opnieuw gelezen (poging {attempt})</translation>
    </message>
    <message>
        <source>an unexpected error ({error})</source>
        <translation>een onverwachte fout ({error})</translation>
    </message>
    <message>
        <source>the database did not answer ({text})</source>
        <translation>de database antwoordde niet ({text})</translation>
    </message>
    <message>
        <source>An article needs an article number (SKU).</source>
        <translation>Een artikel heeft een artikelnummer (SKU) nodig.</translation>
    </message>
    <message>
        <source>The article number {value}… is longer than 40 characters.</source>
        <translation>Het artikelnummer {value}… is langer dan 40 tekens.</translation>
    </message>
    <message>
        <source>Article {number} has no name.</source>
        <translation>Artikel {number} heeft geen naam.</translation>
    </message>
    <message>
        <source>Article {number} has a negative price.</source>
        <translation>Artikel {number} heeft een negatieve prijs.</translation>
    </message>
    <message>
        <source>Article {number} has the VAT rate {vat_rate} %.</source>
        <translation>Artikel {number} heeft een ongeldig btw-tarief van {vat_rate} %.</translation>
    </message>
    <message>
        <source>Article {number} needs a unit code of at most 8 characters.</source>
        <translation>Artikel {number} heeft een eenheidscode van hoogstens 8 tekens nodig.</translation>
    </message>
    <message>
        <source>The article number {number} is already used by another article.</source>
        <translation>Het artikelnummer {number} wordt al door een ander artikel gebruikt.</translation>
    </message>
    <message>
        <source>Creating an article</source>
        <translation>Een artikel aanmaken</translation>
    </message>
    <message>
        <source>Changing an article</source>
        <translation>Een artikel wijzigen</translation>
    </message>
    <message>
        <source>Deleting an article</source>
        <translation>Een artikel verwijderen</translation>
    </message>
    <message>
        <source>{currency!r} in {where} is not a currency code such as EUR.</source>
        <translation>{currency!r} in {where} is geen valutacode zoals EUR.</translation>
    </message>
    <message>
        <source>The shop customer {remote_id} has no name; add one in the shop and import again.</source>
        <translation>De shopklant {remote_id} heeft geen naam; vul die in de shop aan en importeer opnieuw.</translation>
    </message>
    <message>
        <source>offset against invoice {number}</source>
        <translation>verrekend met factuur {number}</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>De klant heeft een naam nodig.</translation>
    </message>
    <message>
        <source>{country!r} is not a two-letter country code (DE, NL, ...).</source>
        <translation>{country!r} is geen landcode van twee letters (DE, NL, …).</translation>
    </message>
    <message>
        <source>{language!r} is not a document language (de, en, nl).</source>
        <translation>{language!r} is geen documenttaal (de, en, nl).</translation>
    </message>
    <message>
        <source>{einvoice!r} is not an e-invoice the customer can require (xrechnung-cii, xrechnung-ubl).</source>
        <translation>{einvoice!r} is geen e-factuur die een klant kan eisen (xrechnung-cii, xrechnung-ubl).</translation>
    </message>
    <message>
        <source>A customer who requires XRechnung needs a Leitweg-ID and an e-mail address.</source>
        <translation>Een klant die XRechnung eist, heeft een Leitweg-ID en een e-mailadres nodig.</translation>
    </message>
    <message>
        <source>The customer number {number} is taken already.</source>
        <translation>Het klantnummer {number} is al in gebruik.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Address supplement</source>
        <translation>Adrestoevoeging</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Changing customers</source>
        <translation>Klanten wijzigen</translation>
    </message>
    <message>
        <source>{where} must be a JSON object.</source>
        <translation>{where} moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>{where}: unknown key {key!r} (allowed: {items}).</source>
        <translation>{where}: onbekende sleutel {key!r} (toegestaan: {items}).</translation>
    </message>
    <message>
        <source>{where}: {key} must be a text.</source>
        <translation>{where}: {key} moet een tekst zijn.</translation>
    </message>
    <message>
        <source>{where}: {key} must be a string such as &quot;0.333&quot;, not a JSON number.</source>
        <translation>{where}: {key} moet een tekenreeks zoals &quot;0.333&quot; zijn, geen JSON-getal.</translation>
    </message>
    <message>
        <source>customer: business must be true or false.</source>
        <translation>customer: business moet true of false zijn.</translation>
    </message>
    <message>
        <source>customer: payment_terms_days must be a whole number.</source>
        <translation>customer: payment_terms_days moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>{where} needs a quantity and a unit_price.</source>
        <translation>{where} heeft een quantity en een unit_price nodig.</translation>
    </message>
    <message>
        <source>The file needs a list of lines with at least one line.</source>
        <translation>Het bestand heeft een lijst lines met minstens één regel nodig.</translation>
    </message>
    <message>
        <source>kind must be invoice or credit_note, not {kind!r}.</source>
        <translation>kind moet invoice of credit_note zijn, niet {kind!r}.</translation>
    </message>
    <message>
        <source>{where}: {key} {value!r} is not a date (YYYY-MM-DD).</source>
        <translation>{where}: {key} {value!r} is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>payment_terms: {key} must be a whole number.</source>
        <translation>payment_terms: {key} moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>draft edited: {fields}</source>
        <translation>concept bewerkt: {fields}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Terms text</source>
        <translation>Tekst van de betalingsvoorwaarden</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Vrijstellingstekst</translation>
    </message>
    <message>
        <source>{fmt!r} is not an e-invoice format; use {items}.</source>
        <translation>{fmt!r} is geen e-factuurformaat; gebruik {items}.</translation>
    </message>
    <message>
        <source>There is no issued invoice or credit note with the number {number}.</source>
        <translation>Er is geen uitgereikte factuur of creditnota met het nummer {number}.</translation>
    </message>
    <message>
        <source>its e-mail is being handed to the mail server right now</source>
        <translation>de e-mail wordt op dit moment aan de mailserver overgedragen</translation>
    </message>
    <message>
        <source>Settle a credit note by refund or offset, not {method!r}.</source>
        <translation>Vereffen een creditnota door terugbetaling of verrekening, niet {method!r}.</translation>
    </message>
    <message>
        <source>Choose the invoice the credit note is offset against.</source>
        <translation>Kies de factuur waarmee de creditnota verrekend wordt.</translation>
    </message>
    <message>
        <source>A credit note can only be offset against an issued invoice.</source>
        <translation>Een creditnota kan alleen met een uitgereikte factuur verrekend worden.</translation>
    </message>
    <message>
        <source>Invoice {number} is not one of this customer&apos;s in {currency}.</source>
        <translation>Factuur {number} is geen factuur van deze klant in {currency}.</translation>
    </message>
    <message>
        <source>credit note {number} offset: {amount}; still open: {left}</source>
        <translation>creditnota {number} verrekend: {amount}; nog open: {left}</translation>
    </message>
    <message>
        <source>settled by credit note {number}</source>
        <translation>vereffend met creditnota {number}</translation>
    </message>
    <message>
        <source>Invoice {number} has nothing open to offset against.</source>
        <translation>Factuur {number} heeft niets openstaand om mee te verrekenen.</translation>
    </message>
    <message>
        <source>There is no credit note with the id {case_id}.</source>
        <translation>Er is geen creditnota met id {case_id}.</translation>
    </message>
    <message>
        <source>{value!r} is neither goods nor service.</source>
        <translation>{value!r} is geen goed (goods) en geen dienst (service).</translation>
    </message>
    <message>
        <source>Importing a bank statement</source>
        <translation>Een rekeningafschrift inlezen</translation>
    </message>
    <message>
        <source>Statement {statement} does not add up: its entries miss the closing balance by {gap}; lines may be missing, check it with the bank.</source>
        <translation>Afschrift {statement} klopt niet: de boekingen wijken {gap} af van het eindsaldo; er ontbreken mogelijk regels, controleer het bij de bank.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Het bestand kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Exporting payments to booking</source>
        <translation>Betalingen naar de boekhouding exporteren</translation>
    </message>
    <message>
        <source>There are no payments to export.</source>
        <translation>Er zijn geen betalingen om te exporteren.</translation>
    </message>
    <message>
        <source>There is no statement line with the id {line_id}.</source>
        <translation>Er is geen afschriftregel met id {line_id}.</translation>
    </message>
    <message>
        <source>Choose at least one case for the line.</source>
        <translation>Kies ten minste één dossier voor de regel.</translation>
    </message>
    <message>
        <source>The line is {state} already.</source>
        <translation>De regel is al {state}.</translation>
    </message>
    <message>
        <source>Case {case_id} cannot take a payment (paid, cancelled or credited).</source>
        <translation>Dossier {case_id} kan geen betaling ontvangen (betaald, geannuleerd of gecrediteerd).</translation>
    </message>
    <message>
        <source>Marking a statement line</source>
        <translation>Een afschriftregel markeren</translation>
    </message>
    <message>
        <source>found by the search</source>
        <translation>gevonden via de zoekopdracht</translation>
    </message>
    <message>
        <source>A payment is received (in) or paid out (out).</source>
        <translation>Een betaling is ontvangen (in) of uitbetaald (out).</translation>
    </message>
    <message>
        <source>Unknown payment source {source!r}.</source>
        <translation>Onbekende betalingsbron {source!r}.</translation>
    </message>
    <message>
        <source>The amount of a payment must be above zero.</source>
        <translation>Het bedrag van een betaling moet groter dan nul zijn.</translation>
    </message>
    <message>
        <source>The amount of a payment has at most two decimals.</source>
        <translation>Het bedrag van een betaling heeft hoogstens twee decimalen.</translation>
    </message>
    <message>
        <source>A payment names each case only once.</source>
        <translation>Een betaling noemt elk dossier maar één keer.</translation>
    </message>
    <message>
        <source>Each case&apos;s part of a payment must be above zero.</source>
        <translation>Het deel van elk dossier in een betaling moet groter dan nul zijn.</translation>
    </message>
    <message>
        <source>The parts for the cases add up to more than the payment.</source>
        <translation>De delen voor de dossiers zijn samen meer dan de betaling.</translation>
    </message>
    <message>
        <source>Case {case_id} cannot be settled by a payment in this direction.</source>
        <translation>Dossier {case_id} kan niet met een betaling in deze richting worden voldaan.</translation>
    </message>
    <message>
        <source>Case {case_id} is in {currency}, the payment is not.</source>
        <translation>Dossier {case_id} is in {currency}, de betaling niet.</translation>
    </message>
    <message>
        <source>Case {case_id} is canceled.</source>
        <translation>Dossier {case_id} is geannuleerd.</translation>
    </message>
    <message>
        <source>Case {case_id} has only {open} open; the rest stays as the customer&apos;s credit.</source>
        <translation>Dossier {case_id} heeft nog maar {open} open; de rest blijft als tegoed van de klant.</translation>
    </message>
    <message>
        <source>payment of {amount} on {day} ({source}); open: {left}</source>
        <translation>betaling van {amount} op {day} ({source}); open: {left}</translation>
    </message>
    <message>
        <source>There is no payment with the id {payment_id}.</source>
        <translation>Er is geen betaling met id {payment_id}.</translation>
    </message>
    <message>
        <source>Payment {payment_id} was undone already.</source>
        <translation>Betaling {payment_id} is al teruggedraaid.</translation>
    </message>
    <message>
        <source>payment of {amount} on {day} undone</source>
        <translation>betaling van {amount} op {day} teruggedraaid</translation>
    </message>
    <message>
        <source>{what}: {comment}</source>
        <translation>{what}: {comment}</translation>
    </message>
    <message>
        <source>Payment {payment_id} also settles other cases; undo that payment instead.</source>
        <translation>Betaling {payment_id} voldoet ook andere dossiers; draai in plaats daarvan die betaling terug.</translation>
    </message>
    <message>
        <source>Credit note {number} is refunded in full ({amount}), not in parts.</source>
        <translation>Creditnota {number} wordt volledig terugbetaald ({amount}), niet in delen.</translation>
    </message>
    <message>
        <source>refunded on {day} ({source}): {amount}</source>
        <translation>terugbetaald op {day} ({source}): {amount}</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>{where}: the field(s) {items} are missing.</source>
        <translation>{where}: de velden {items} ontbreken.</translation>
    </message>
    <message>
        <source>{where}: {name} must be a text.</source>
        <translation>{where}: {name} moet een tekst zijn.</translation>
    </message>
    <message>
        <source>{where}: {name} must be true or false.</source>
        <translation>{where}: {name} moet true of false zijn.</translation>
    </message>
    <message>
        <source>The database refused the change: {text}.</source>
        <translation>De database heeft de wijziging geweigerd: {text}.</translation>
    </message>
    <message>
        <source>The database broke the change off because of another one running at the same time ({text}). Nothing was changed; try again.</source>
        <translation>De database heeft de wijziging afgebroken vanwege een andere die tegelijk liep ({text}). Er is niets gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There is no article with the id {article_id}.</source>
        <translation>Er is geen artikel met id {article_id}.</translation>
    </message>
    <message>
        <source>Article {article_number} is used on {used} order line(s) and cannot be deleted. Untick “active” to hide it from new orders instead.</source>
        <translation>Artikel {article_number} wordt gebruikt in {used} orderregel(s) en kan niet worden verwijderd. Vink in plaats daarvan „Actief” uit om het bij nieuwe orders te verbergen.</translation>
    </message>
    <message>
        <source>The file is {value} MB; attachments may have at most {value2} MB.</source>
        <translation>Het bestand is {value} MB; bijlagen mogen hoogstens {value2} MB groot zijn.</translation>
    </message>
    <message>
        <source>The file {filename!r} is empty.</source>
        <translation>Het bestand {filename!r} is leeg.</translation>
    </message>
    <message>
        <source>There is no attachment with the id {attachment_id}.</source>
        <translation>Er is geen bijlage met id {attachment_id}.</translation>
    </message>
    <message>
        <source>The content of attachment {attachment_id} is missing.</source>
        <translation>De inhoud van bijlage {attachment_id} ontbreekt.</translation>
    </message>
    <message>
        <source>from order {order}, billing run {run}</source>
        <translation>uit order {order}, factureerrun {run}</translation>
    </message>
    <message>
        <source>Billing run {run_id} was taken over by another process.</source>
        <translation>Factureerrun {run_id} is door een ander proces overgenomen.</translation>
    </message>
    <message>
        <source>billing run {run}</source>
        <translation>factureerrun {run}</translation>
    </message>
    <message>
        <source>billing run {run}: to print</source>
        <translation>factureerrun {run}: om af te drukken</translation>
    </message>
    <message>
        <source>There is no billing run {run_id}.</source>
        <translation>Er is geen factureerrun {run_id}.</translation>
    </message>
    <message>
        <source>Billing run {run_id} is finished already.</source>
        <translation>Factureerrun {run_id} is al voltooid.</translation>
    </message>
    <message>
        <source>Billing run {run_id} is being processed right now (on this or another workstation); wait for it or resume it later.</source>
        <translation>Factureerrun {run_id} wordt op dit moment verwerkt (op deze of een andere werkplek); wacht tot hij klaar is of hervat hem later.</translation>
    </message>
    <message>
        <source>The order was deleted.</source>
        <translation>De order is verwijderd.</translation>
    </message>
    <message>
        <source>Already invoiced as a draft.</source>
        <translation>Al gefactureerd als concept.</translation>
    </message>
    <message>
        <source>Already invoiced as {number}.</source>
        <translation>Al gefactureerd als {number}.</translation>
    </message>
    <message>
        <source>{done} of {total} orders</source>
        <translation>{done} van {total} orders</translation>
    </message>
    <message>
        <source>The order was invoiced by someone else at the same moment.</source>
        <translation>De order is op hetzelfde moment door iemand anders gefactureerd.</translation>
    </message>
    <message>
        <source>The PDF could not be rendered: {error}</source>
        <translation>De pdf kon niet worden aangemaakt: {error}</translation>
    </message>
    <message>
        <source>Invoice {number} was created, but: {error}</source>
        <translation>Factuur {number} is aangemaakt, maar: {error}</translation>
    </message>
    <message>
        <source>{date_rule!r} is not an invoice date rule.</source>
        <translation>{date_rule!r} is geen regel voor de factuurdatum.</translation>
    </message>
    <message>
        <source>Unknown billing action {action!r}.</source>
        <translation>Onbekende factuuractie {action!r}.</translation>
    </message>
    <message>
        <source>The order has no lines.</source>
        <translation>De order heeft geen regels.</translation>
    </message>
    <message>
        <source>The amount is zero; there is nothing to invoice.</source>
        <translation>Het bedrag is nul; er valt niets te factureren.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address; choose Print or Create only.</source>
        <translation>{name} heeft geen e-mailadres; kies Afdrukken of Alleen aanmaken.</translation>
    </message>
    <message>
        <source>Reverse charge needs the VAT ID of {name}.</source>
        <translation>Voor btw verlegd is het btw-nummer van {name} nodig.</translation>
    </message>
    <message>
        <source>The address of {name} is incomplete (street, postal code and city).</source>
        <translation>Het adres van {name} is onvolledig (straat, postcode en plaats).</translation>
    </message>
    <message>
        <source>The order is canceled.</source>
        <translation>De order is geannuleerd.</translation>
    </message>
    <message>
        <source>{period!r} is not a close-date period.</source>
        <translation>{period!r} is geen periode voor de afsluitdatum.</translation>
    </message>
    <message>
        <source>Choose at least one order stage.</source>
        <translation>Kies minstens één orderfase.</translation>
    </message>
    <message>
        <source>A custom close-date range needs a first and a last day.</source>
        <translation>Een eigen periode voor de afsluitdatum heeft een eerste en een laatste dag nodig.</translation>
    </message>
    <message>
        <source>The close-date range ends before it starts.</source>
        <translation>De periode voor de afsluitdatum eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>The run has no orders; fetch orders first.</source>
        <translation>De run bevat geen orders; haal eerst orders op.</translation>
    </message>
    <message>
        <source>{spec_action!r} is not a billing action.</source>
        <translation>{spec_action!r} is geen factuuractie.</translation>
    </message>
    <message>
        <source>There is no order with the id {spec_order_id}.</source>
        <translation>Er is geen order met id {spec_order_id}.</translation>
    </message>
    <message>
        <source>There is no billing scenario called {name!r}.</source>
        <translation>Er is geen factureerscenario met de naam {name!r}.</translation>
    </message>
    <message>
        <source>A billing scenario needs a name.</source>
        <translation>Een factureerscenario heeft een naam nodig.</translation>
    </message>
    <message>
        <source>{scenario_default_action!r} is not a billing action.</source>
        <translation>{scenario_default_action!r} is geen factuuractie.</translation>
    </message>
    <message>
        <source>{scenario_date_rule!r} is not an invoice date rule.</source>
        <translation>{scenario_date_rule!r} is geen regel voor de factuurdatum.</translation>
    </message>
    <message>
        <source>There is already a billing scenario called {name!r}.</source>
        <translation>Er is al een factureerscenario met de naam {name!r}.</translation>
    </message>
    <message>
        <source>The billing scenario {scenario_id} was deleted meanwhile.</source>
        <translation>Het factureerscenario {scenario_id} is inmiddels verwijderd.</translation>
    </message>
    <message>
        <source>Case {case_id} has no invoice number or invoice date and cannot be booked.</source>
        <translation>Dossier {case_id} heeft geen factuurnummer of factuurdatum en kan niet worden geboekt.</translation>
    </message>
    <message>
        <source>Unknown export format {fmt!r}; use datev or csv.</source>
        <translation>Onbekend exportformaat {fmt!r}; gebruik datev of csv.</translation>
    </message>
    <message>
        <source>An approved invoice is booked by exporting it (DATEV or CSV); use Booking export so that the booking file is written.</source>
        <translation>Een goedgekeurde factuur wordt geboekt door haar te exporteren (DATEV of CSV); gebruik Boekingsexport, zodat het boekingsbestand wordt geschreven.</translation>
    </message>
    <message>
        <source>There are no approved invoices to export.</source>
        <translation>Er zijn geen goedgekeurde facturen om te exporteren.</translation>
    </message>
    <message>
        <source>There is no export with the id {export_id}.</source>
        <translation>Er is geen export met id {export_id}.</translation>
    </message>
    <message>
        <source>The file of export {export_id} is missing.</source>
        <translation>Het bestand van export {export_id} ontbreekt.</translation>
    </message>
    <message>
        <source>exported in {file}</source>
        <translation>geëxporteerd in {file}</translation>
    </message>
    <message>
        <source>There is no case with the id {case_id}.</source>
        <translation>Er is geen dossier met id {case_id}.</translation>
    </message>
    <message>
        <source>paid, delivered, booked</source>
        <translation>betaald, geleverd, geboekt</translation>
    </message>
    <message>
        <source>The folder {target_parent} does not exist.</source>
        <translation>De map {target_parent} bestaat niet.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>No cases are selected; select at least one or export all.</source>
        <translation>Er zijn geen dossiers geselecteerd; selecteer er minstens één of exporteer alle.</translation>
    </message>
    <message>
        <source>A collective invoice covers at least one period.</source>
        <translation>Een verzamelfactuur omvat minstens één periode.</translation>
    </message>
    <message>
        <source>Merging invoices</source>
        <translation>Facturen samenvoegen</translation>
    </message>
    <message>
        <source>The send date lies in the past; choose today or a later day.</source>
        <translation>De verzenddatum ligt in het verleden; kies vandaag of een latere dag.</translation>
    </message>
    <message>
        <source>merged {count} contract invoices: {parts} and {more} more</source>
        <translation>{count} contractfacturen samengevoegd: {parts} en nog {more}</translation>
    </message>
    <message>
        <source>merged {count} contract invoices: {parts}</source>
        <translation>{count} contractfacturen samengevoegd: {parts}</translation>
    </message>
    <message>
        <source>Undoing a merge</source>
        <translation>Een samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <source>Case {case_id} is not a collective invoice.</source>
        <translation>Dossier {case_id} is geen verzamelfactuur.</translation>
    </message>
    <message>
        <source>Setting the send date</source>
        <translation>De verzenddatum instellen</translation>
    </message>
    <message>
        <source>collective invoice edited</source>
        <translation>verzamelfactuur bewerkt</translation>
    </message>
    <message>
        <source>The send date {day:%d.%m.%Y} lies in the past; choose today or a later day.</source>
        <translation>De verzenddatum {day:%d.%m.%Y} ligt in het verleden; kies vandaag of een latere dag.</translation>
    </message>
    <message>
        <source>Collective invoice {value} is already issued; its send date can no longer change.</source>
        <translation>Verzamelfactuur {value} is al uitgereikt; de verzenddatum kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>send date set to {day:%d.%m.%Y}</source>
        <translation>verzenddatum ingesteld op {day:%d.%m.%Y}</translation>
    </message>
    <message>
        <source>send date cleared</source>
        <translation>verzenddatum verwijderd</translation>
    </message>
    <message>
        <source>The collective invoice has no lines to show.</source>
        <translation>De verzamelfactuur heeft geen regels om te tonen.</translation>
    </message>
    <message>
        <source>The collective invoice has no customer.</source>
        <translation>De verzamelfactuur heeft geen klant.</translation>
    </message>
    <message>
        <source>Changing the collective-invoice settings</source>
        <translation>De instellingen voor verzamelfacturen wijzigen</translation>
    </message>
    <message>
        <source>The popup is shown to all clerks or only to the creators.</source>
        <translation>De melding wordt getoond aan alle medewerkers of alleen aan de medewerker die de factuur heeft aangemaakt.</translation>
    </message>
    <message>
        <source>{send_time!r} is not a time of day (HH:MM).</source>
        <translation>{send_time!r} is geen tijdstip (HH:MM).</translation>
    </message>
    <message>
        <source>{timezone!r} is not a known time zone.</source>
        <translation>{timezone!r} is geen bekende tijdzone.</translation>
    </message>
    <message>
        <source>The company data (name, address, VAT ID, bank) is not set up yet; enter it in the settings before issuing invoices.</source>
        <translation>De bedrijfsgegevens (naam, adres, btw-nummer, bank) zijn nog niet ingericht; voer ze in bij de instellingen voordat u facturen uitreikt.</translation>
    </message>
    <message>
        <source>Changing the company data</source>
        <translation>De bedrijfsgegevens wijzigen</translation>
    </message>
    <message>
        <source>The company name must not be empty.</source>
        <translation>De bedrijfsnaam mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The company needs a VAT ID or a tax number (§14 UStG).</source>
        <translation>Het bedrijf heeft een btw-nummer of een fiscaal nummer nodig (§ 14 UStG).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>De betalingstermijn moet tussen 0 en 365 dagen liggen.</translation>
    </message>
    <message>
        <source>Connected to {url}; its tables will be created or updated at the next start.</source>
        <translation>Verbonden met {url}; de tabellen worden bij de volgende start aangemaakt of bijgewerkt.</translation>
    </message>
    <message>
        <source>Connected to {url}; its tables are up to date.</source>
        <translation>Verbonden met {url}; de tabellen zijn up-to-date.</translation>
    </message>
    <message>
        <source>The file {path} does not exist yet; it will be created at the next start.</source>
        <translation>Het bestand {path} bestaat nog niet; het wordt bij de volgende start aangemaakt.</translation>
    </message>
    <message>
        <source>The database {url} cannot be reached: {first}</source>
        <translation>De database {url} is niet bereikbaar: {first}</translation>
    </message>
    <message>
        <source>The folder {path_parent} does not exist.</source>
        <translation>De map {path_parent} bestaat niet.</translation>
    </message>
    <message>
        <source>The period to take over ends before it begins.</source>
        <translation>De over te nemen periode eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>Taking over contract invoices</source>
        <translation>Contractfacturen overnemen</translation>
    </message>
    <message>
        <source>taking over</source>
        <translation>overnemen</translation>
    </message>
    <message>
        <source>There is no customer with the id {party_id}.</source>
        <translation>Er is geen klant met id {party_id}.</translation>
    </message>
    <message>
        <source>{party_name} is not a customer.</source>
        <translation>{party_name} is geen klant.</translation>
    </message>
    <message>
        <source>The contract needs a title (what is serviced).</source>
        <translation>Het contract heeft een titel nodig (waarop de service betrekking heeft).</translation>
    </message>
    <message>
        <source>Billing must be in advance or in arrears.</source>
        <translation>De facturering moet vooraf of achteraf zijn.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Het contract eindigt voordat het begint.</translation>
    </message>
    <message>
        <source>The contract needs at least one line.</source>
        <translation>Het contract heeft minstens één regel nodig.</translation>
    </message>
    <message>
        <source>{currency!r} is not a currency code.</source>
        <translation>{currency!r} is geen valutacode.</translation>
    </message>
    <message>
        <source>Creating a contract</source>
        <translation>Een contract aanmaken</translation>
    </message>
    <message>
        <source>Changing a contract</source>
        <translation>Een contract wijzigen</translation>
    </message>
    <message>
        <source>Line {i} has no description.</source>
        <translation>Regel {i} heeft geen omschrijving.</translation>
    </message>
    <message>
        <source>Line {i} needs a quantity above zero.</source>
        <translation>Bij regel {i} moet het aantal groter dan nul zijn.</translation>
    </message>
    <message>
        <source>Line {i} has a negative price.</source>
        <translation>Regel {i} heeft een negatieve prijs.</translation>
    </message>
    <message>
        <source>There is no contract with the id {contract_id}.</source>
        <translation>Er is geen contract met id {contract_id}.</translation>
    </message>
    <message>
        <source>Contract {contract_number} was changed by someone else meanwhile; reopen it to see the current state. Nothing was saved.</source>
        <translation>Contract {contract_number} is inmiddels door iemand anders gewijzigd; open het opnieuw om de huidige stand te zien. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The import limit must be between 1 and {most}.</source>
        <translation>De importgrens moet tussen 1 en {most} liggen.</translation>
    </message>
    <message>
        <source>price of product {sku}</source>
        <translation>prijs van product {sku}</translation>
    </message>
    <message>
        <source>order {number}</source>
        <translation>order {number}</translation>
    </message>
    <message>
        <source>unit price in {where}</source>
        <translation>stukprijs in {where}</translation>
    </message>
    <message>
        <source>quantity in {where}</source>
        <translation>aantal in {where}</translation>
    </message>
    <message>
        <source>line total in {where}</source>
        <translation>regeltotaal in {where}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Een creditnota aanmaken</translation>
    </message>
    <message>
        <source>Only an issued outgoing invoice can be credited.</source>
        <translation>Alleen een uitgereikte uitgaande factuur kan worden gecrediteerd.</translation>
    </message>
    <message>
        <source>{invoice_number} is itself a credit note.</source>
        <translation>{invoice_number} is zelf een creditnota.</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} is canceled and already credited.</source>
        <translation>Factuur {invoice_number} is geannuleerd en al gecrediteerd.</translation>
    </message>
    <message>
        <source>A credit note needs a reason.</source>
        <translation>Een creditnota heeft een reden nodig.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Kies minstens één regel om te crediteren.</translation>
    </message>
    <message>
        <source>credit note for {number}</source>
        <translation>creditnota bij {number}</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>uitgereikt</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} has no line {item_position}.</source>
        <translation>Factuur {invoice_number} heeft geen regel {item_position}.</translation>
    </message>
    <message>
        <source>Line {item_position} of invoice {invoice_number} can be credited with at most {value}, not {value2}.</source>
        <translation>Regel {item_position} van factuur {invoice_number} kan met hoogstens {value} worden gecrediteerd, niet met {value2}.</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} is already fully credited.</source>
        <translation>Factuur {invoice_number} is al volledig gecrediteerd.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address; enter a recipient to send.</source>
        <translation>{name} heeft geen e-mailadres; voer een ontvanger in om te verzenden.</translation>
    </message>
    <message>
        <source>The postal address of {name} is incomplete.</source>
        <translation>Het postadres van {name} is onvolledig.</translation>
    </message>
    <message>
        <source>Reverse charge needs the VAT ID of {name}; it has none.</source>
        <translation>Voor btw verlegd is het btw-nummer van {name} nodig; dat ontbreekt.</translation>
    </message>
    <message>
        <source>The VAT ID {vat_id} of {name} is not valid.</source>
        <translation>Het btw-nummer {vat_id} van {name} is ongeldig.</translation>
    </message>
    <message>
        <source>The IBAN {iban} of {name} is not valid.</source>
        <translation>De IBAN {iban} van {name} is ongeldig.</translation>
    </message>
    <message>
        <source>The e-mail address {email} is not valid.</source>
        <translation>Het e-mailadres {email} is ongeldig.</translation>
    </message>
    <message>
        <source>The customer of order {order_number} is missing.</source>
        <translation>De klant van order {order_number} ontbreekt.</translation>
    </message>
    <message>
        <source>Order {order_number} has no lines to deliver.</source>
        <translation>Order {order_number} heeft geen regels om te leveren.</translation>
    </message>
    <message>
        <source>There is no order with the id {order_id}.</source>
        <translation>Er is geen order met id {order_id}.</translation>
    </message>
    <message>
        <source>Order {order_number} is canceled; nothing is delivered.</source>
        <translation>Order {order_number} is geannuleerd; er wordt niets geleverd.</translation>
    </message>
    <message>
        <source>Order {order_number} already has the delivery note {existing_number}.</source>
        <translation>Order {order_number} heeft al de pakbon {existing_number}.</translation>
    </message>
    <message>
        <source>Order {order_id} has no delivery note yet.</source>
        <translation>Order {order_id} heeft nog geen pakbon.</translation>
    </message>
    <message>
        <source>The number of contracts and customers must be zero or more.</source>
        <translation>Het aantal contracten en klanten moet nul of meer zijn.</translation>
    </message>
    <message>
        <source>There are no customers with an e-mail address; add some first.</source>
        <translation>Er zijn geen klanten met een e-mailadres; voeg er eerst enkele toe.</translation>
    </message>
    <message>
        <source>the same file was taken in</source>
        <translation>hetzelfde bestand is al ingelezen</translation>
    </message>
    <message>
        <source>same supplier and invoice number {number}</source>
        <translation>zelfde leverancier en factuurnummer {number}</translation>
    </message>
    <message>
        <source>same supplier and amount {amount} within {days} days</source>
        <translation>zelfde leverancier en bedrag {amount} binnen {days} dagen</translation>
    </message>
    <message>
        <source>InvoiceDesk is already set up; change it in the settings.</source>
        <translation>InvoiceDesk is al ingericht; wijzig de inrichting bij de instellingen.</translation>
    </message>
    <message>
        <source>The login name must be 1 to 64 characters long.</source>
        <translation>De gebruikersnaam moet 1 tot 64 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The initials must be 1 to 8 characters long.</source>
        <translation>De initialen moeten 1 tot 8 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Het wachtwoord moet minstens 8 tekens hebben.</translation>
    </message>
    <message>
        <source>net amount</source>
        <translation>nettobedrag</translation>
    </message>
    <message>
        <source>tax amount</source>
        <translation>btw-bedrag</translation>
    </message>
    <message>
        <source>gross amount</source>
        <translation>brutobedrag</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>factuurdatum</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <source>There is no incoming case with the id {case_id}.</source>
        <translation>Er is geen inkomend dossier met id {case_id}.</translation>
    </message>
    <message>
        <source>Enter the {amount}.</source>
        <translation>Vul het {amount} in.</translation>
    </message>
    <message>
        <source>Net {net} + tax {tax} = {sum}, but the gross amount is {gross}.</source>
        <translation>Netto {net} + btw {tax} = {sum}, maar het brutobedrag is {gross}.</translation>
    </message>
    <message>
        <source>The {what} {value!r} is not a date (yyyy-mm-dd).</source>
        <translation>De {what} {value!r} is geen datum (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>Enter the {first} and {second}.</source>
        <translation>Vul het {first} en het {second} in.</translation>
    </message>
    <message>
        <source>The lines add up to {total}, but the net amount is {net}.</source>
        <translation>De regels tellen op tot {total}, maar het nettobedrag is {net}.</translation>
    </message>
    <message>
        <source>Enter the net, tax and gross amounts.</source>
        <translation>Vul het netto-, btw- en brutobedrag in.</translation>
    </message>
    <message>
        <source>file {name} received</source>
        <translation>bestand {name} ontvangen</translation>
    </message>
    <message>
        <source>e-invoice {version} {profile} read exactly</source>
        <translation>e-factuur {version} {profile} exact ingelezen</translation>
    </message>
    <message>
        <source>validation failed: {rules}</source>
        <translation>validatie mislukt: {rules}</translation>
    </message>
    <message>
        <source>possible duplicate of case {case} ({reason})</source>
        <translation>mogelijk duplicaat van dossier {case} ({reason})</translation>
    </message>
    <message>
        <source>profile {profile} is not a full invoice (no lines)</source>
        <translation>profiel {profile} is geen volledige factuur (geen regels)</translation>
    </message>
    <message>
        <source>read out from the PDF text</source>
        <translation>uitgelezen uit de pdf-tekst</translation>
    </message>
    <message>
        <source>no text in the PDF</source>
        <translation>geen tekst in de pdf</translation>
    </message>
    <message>
        <source>The number pattern {pattern!r} has no {{seq}}.</source>
        <translation>De nummeropmaak {pattern!r} bevat geen {{seq}}.</translation>
    </message>
    <message>
        <source>There is no number series {series_code!r}; set one up first.</source>
        <translation>Er is geen nummerreeks {series_code!r}; stel er eerst een in.</translation>
    </message>
    <message>
        <source>The totals of {doc_number} ({totals_gross}) do not match the stored amount ({stored}); save the draft again.</source>
        <translation>De totalen van {doc_number} ({totals_gross}) komen niet overeen met het opgeslagen bedrag ({stored}); sla het concept opnieuw op.</translation>
    </message>
    <message>
        <source>Case {case_id} is already issued as {case_number}.</source>
        <translation>Dossier {case_id} is al uitgereikt als {case_number}.</translation>
    </message>
    <message>
        <source>Case {case_id} has no lines; add at least one before issuing.</source>
        <translation>Dossier {case_id} heeft geen regels; voeg er minstens één toe voordat u het uitreikt.</translation>
    </message>
    <message>
        <source>Case {case_id} has no customer; choose one before issuing.</source>
        <translation>Dossier {case_id} heeft geen klant; kies er een voordat u het uitreikt.</translation>
    </message>
    <message>
        <source>Case {case_id} has no invoice PDF; it is not issued yet.</source>
        <translation>Dossier {case_id} heeft geen factuur-pdf; het is nog niet uitgereikt.</translation>
    </message>
    <message>
        <source>Unknown delivery {delivery!r}; use email, print or create_only.</source>
        <translation>Onbekende verzendwijze {delivery!r}; gebruik email, print of create_only.</translation>
    </message>
    <message>
        <source>The number pattern {pattern!r} pads {name}, only seq.</source>
        <translation>De nummeropmaak {pattern!r} vult {name} aan met nullen; dat kan alleen bij seq.</translation>
    </message>
    <message>
        <source>The number pattern {pattern!r} uses an unknown {{{name}}}.</source>
        <translation>De nummeropmaak {pattern!r} gebruikt een onbekende plaatshouder {{{name}}}.</translation>
    </message>
    <message>
        <source>Reverse charge needs the company&apos;s own VAT ID.</source>
        <translation>Voor btw verlegd is het eigen btw-nummer van het bedrijf nodig.</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>sent to {to}</source>
        <translation>verzonden aan {to}</translation>
    </message>
    <message>
        <source>e-mail to {to} failed: {reason}</source>
        <translation>e-mail aan {to} mislukt: {reason}</translation>
    </message>
    <message>
        <source>sent to {to}; refused: {refused}</source>
        <translation>verzonden aan {to}; geweigerd: {refused}</translation>
    </message>
    <message>
        <source>{kind} e-mail {comment}</source>
        <translation>{kind}-e-mail {comment}</translation>
    </message>
    <message>
        <source>{kind} {text}</source>
        <translation>{kind} {text}</translation>
    </message>
    <message>
        <source>sending interrupted ({reason}); check whether the customer received the {kind} e-mail to {to}</source>
        <translation>verzending onderbroken ({reason}); controleer of de klant de {kind}-e-mail aan {to} heeft ontvangen</translation>
    </message>
    <message>
        <source>{kind} e-mail queued again</source>
        <translation>{kind}-e-mail opnieuw in de wachtrij gezet</translation>
    </message>
    <message>
        <source>Case {value} has no e-mail address; enter the recipient first.</source>
        <translation>Dossier {value} heeft geen e-mailadres; voer eerst de ontvanger in.</translation>
    </message>
    <message>
        <source>Order line {pos} has neither a description nor a known article.</source>
        <translation>Orderregel {pos} heeft geen omschrijving en geen bekend artikel.</translation>
    </message>
    <message>
        <source>Order line {pos} ({description}) has no price or VAT rate.</source>
        <translation>Orderregel {pos} ({description}) heeft geen prijs of btw-tarief.</translation>
    </message>
    <message>
        <source>Order line {pos} ({description}) needs a quantity above zero.</source>
        <translation>Bij orderregel {pos} ({description}) moet het aantal groter dan nul zijn.</translation>
    </message>
    <message>
        <source>Order line {pos} ({description}) has a negative price.</source>
        <translation>Orderregel {pos} ({description}) heeft een negatieve prijs.</translation>
    </message>
    <message>
        <source>{stage!r} is not an order stage ({items}).</source>
        <translation>{stage!r} is geen orderfase ({items}).</translation>
    </message>
    <message>
        <source>{delivery!r} is not an invoice delivery ({items}).</source>
        <translation>{delivery!r} is geen factuurverzending ({items}).</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Een order heeft minstens één regel nodig.</translation>
    </message>
    <message>
        <source>Order {order_number} is invoiced; its lines cannot change.</source>
        <translation>Order {order_number} is gefactureerd; de regels kunnen niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Creating an order</source>
        <translation>Een order aanmaken</translation>
    </message>
    <message>
        <source>Changing an order</source>
        <translation>Een order wijzigen</translation>
    </message>
    <message>
        <source>Changing the stage of an order</source>
        <translation>De fase van een order wijzigen</translation>
    </message>
    <message>
        <source>Approving an order for invoicing</source>
        <translation>Een order vrijgeven voor facturatie</translation>
    </message>
    <message>
        <source>Order {order_number} is invoiced; its stage is final.</source>
        <translation>Order {order_number} is gefactureerd; de fase ligt vast.</translation>
    </message>
    <message>
        <source>Order {order_number} was changed by someone else meanwhile; nothing was saved. Close the editor and open the order again.</source>
        <translation>Order {order_number} is inmiddels door iemand anders gewijzigd; er is niets opgeslagen. Sluit het bewerkingsvenster en open de order opnieuw.</translation>
    </message>
    <message>
        <source>Order {order_number} is invoiced already.</source>
        <translation>Order {order_number} is al gefactureerd.</translation>
    </message>
    <message>
        <source>Order {order_number} is canceled; it cannot be invoiced.</source>
        <translation>Order {order_number} is geannuleerd; deze kan niet worden gefactureerd.</translation>
    </message>
    <message>
        <source>Reverse charge needs the VAT ID of {party_name}; enter it in the customer data.</source>
        <translation>Voor btw verlegd is het btw-nummer van {party_name} nodig; voer het in bij de klantgegevens.</translation>
    </message>
    <message>
        <source>A delivery period needs a first day on or before its last day.</source>
        <translation>Bij een leveringsperiode moet de eerste dag op of vóór de laatste dag liggen.</translation>
    </message>
    <message>
        <source>Invoice {case_number} is issued and cannot be changed; correct it with a credit note and a new invoice.</source>
        <translation>Factuur {case_number} is uitgereikt en kan niet meer worden gewijzigd; corrigeer haar met een creditnota en een nieuwe factuur.</translation>
    </message>
    <message>
        <source>The PDF {att_filename} of an issued document is final.</source>
        <translation>De pdf {att_filename} van een uitgereikt document ligt vast.</translation>
    </message>
    <message>
        <source>The case already has its PDF; {att_filename} cannot replace it.</source>
        <translation>Het dossier heeft al een pdf; {att_filename} kan die niet vervangen.</translation>
    </message>
    <message>
        <source>Line {i} has a quantity of zero.</source>
        <translation>Regel {i} heeft het aantal nul.</translation>
    </message>
    <message>
        <source>Line {i} has a negative price; use a credit note instead.</source>
        <translation>Regel {i} heeft een negatieve prijs; gebruik in plaats daarvan een creditnota.</translation>
    </message>
    <message>
        <source>Line {i} has an incomplete or reversed period.</source>
        <translation>Regel {i} heeft een onvolledige periode of een periode die eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>draft created</source>
        <translation>concept aangemaakt</translation>
    </message>
    <message>
        <source>draft edited</source>
        <translation>concept bewerkt</translation>
    </message>
    <message>
        <source>There is no outgoing case with the id {case_id}.</source>
        <translation>Er is geen uitgaand dossier met id {case_id}.</translation>
    </message>
    <message>
        <source>Line {i}: {line_vat_category!r} is not a VAT category code.</source>
        <translation>Regel {i}: {line_vat_category!r} is geen code van een btw-categorie.</translation>
    </message>
    <message>
        <source>Issued document {obj_number} cannot be deleted.</source>
        <translation>Het uitgereikte document {obj_number} kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Issued document {obj_number} cannot be changed ({items}).</source>
        <translation>Het uitgereikte document {obj_number} kan niet worden gewijzigd ({items}).</translation>
    </message>
    <message>
        <source>The lines of issued document {case_number} are final.</source>
        <translation>De regels van het uitgereikte document {case_number} liggen vast.</translation>
    </message>
    <message>
        <source>Stored file contents cannot be changed or deleted.</source>
        <translation>Opgeslagen bestandsinhoud kan niet worden gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>A preset name must be 1 to 100 characters long.</source>
        <translation>De naam van een voorkeuze moet 1 tot 100 tekens lang zijn.</translation>
    </message>
    <message>
        <source>{name!r} is the name of a shipped preset; choose another name.</source>
        <translation>{name!r} is de naam van een meegeleverde voorkeuze; kies een andere naam.</translation>
    </message>
    <message>
        <source>You can only delete presets you saved yourself.</source>
        <translation>U kunt alleen voorkeuzes verwijderen die u zelf hebt opgeslagen.</translation>
    </message>
    <message>
        <source>send date {day:%d.%m.%Y} reached</source>
        <translation>verzenddatum {day:%d.%m.%Y} bereikt</translation>
    </message>
    <message>
        <source>not sent on {day:%d.%m.%Y}: {reason}</source>
        <translation>niet verzonden op {day:%d.%m.%Y}: {reason}</translation>
    </message>
    <message>
        <source>e-mail to {to}</source>
        <translation>e-mail aan {to}</translation>
    </message>
    <message>
        <source>e-mail to {to}, cc {cc}</source>
        <translation>e-mail aan {to}, cc {cc}</translation>
    </message>
    <message>
        <source>{value} has no e-mail address; enter a recipient.</source>
        <translation>{value} heeft geen e-mailadres; voer een ontvanger in.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>De klant</translation>
    </message>
    <message>
        <source>Changing the company settings</source>
        <translation>De bedrijfsinstellingen wijzigen</translation>
    </message>
    <message>
        <source>A number pattern can have at most 60 characters.</source>
        <translation>Een nummeropmaak mag hoogstens 60 tekens hebben.</translation>
    </message>
    <message>
        <source>The number pattern {pattern!r} has a brace that is not part of a placeholder.</source>
        <translation>De nummeropmaak {pattern!r} bevat een accolade die niet bij een plaatshouder hoort.</translation>
    </message>
    <message>
        <source>Changing the number formats</source>
        <translation>De nummeropmaak wijzigen</translation>
    </message>
    <message>
        <source>The accent colour must be written #RRGGBB, e.g. #1f4e79.</source>
        <translation>De accentkleur moet als #RRGGBB worden geschreven, bijv. #1f4e79.</translation>
    </message>
    <message>
        <source>The footer note can have at most 200 characters.</source>
        <translation>De opmerking boven de voettekst mag hoogstens 200 tekens hebben.</translation>
    </message>
    <message>
        <source>Remind again after 0 to 168 hours.</source>
        <translation>Opnieuw herinneren kan na 0 tot 168 uur.</translation>
    </message>
    <message>
        <source>{color} is not a colour; write #RRGGBB.</source>
        <translation>{color} is geen kleur; schrijf #RRGGBB.</translation>
    </message>
    <message>
        <source>Unknown role in {items}.</source>
        <translation>Onbekende rol in {items}.</translation>
    </message>
    <message>
        <source>Mail texts in {language!r} are not supported.</source>
        <translation>E-mailteksten in {language!r} worden niet ondersteund.</translation>
    </message>
    <message>
        <source>There is no mail of the kind {kind!r}.</source>
        <translation>Er is geen e-mail van de soort {kind!r}.</translation>
    </message>
    <message>
        <source>A mail text needs a subject and a body.</source>
        <translation>Een e-mailtekst heeft een onderwerp en een bericht nodig.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}; use {allowed}.</source>
        <translation>Onbekende plaatshouder {{{name}}}; gebruik {allowed}.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: {exc}.</source>
        <translation>Een plaatshouder is niet gesloten: {exc}.</translation>
    </message>
    <message>
        <source>Fetching customers</source>
        <translation>Klanten ophalen</translation>
    </message>
    <message>
        <source>Fetching products</source>
        <translation>Producten ophalen</translation>
    </message>
    <message>
        <source>Fetching shipping methods</source>
        <translation>Verzendmethoden ophalen</translation>
    </message>
    <message>
        <source>Fetching orders</source>
        <translation>Orders ophalen</translation>
    </message>
    <message>
        <source>Storing {customers} customers, {articles} articles, {orders} orders</source>
        <translation>{customers} klanten, {articles} artikelen, {orders} orders opslaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>A shop needs a name of at most 50 characters.</source>
        <translation>Een webshop heeft een naam van hoogstens 50 tekens nodig.</translation>
    </message>
    <message>
        <source>Order {number} is invoiced already; not changed.</source>
        <translation>Order {number} is al gefactureerd; niet gewijzigd.</translation>
    </message>
    <message>
        <source>There is no shop called {name!r}; add it first.</source>
        <translation>Er is geen webshop met de naam {name!r}; voeg die eerst toe.</translation>
    </message>
    <message>
        <source>There is no shop called {name!r}.</source>
        <translation>Er is geen webshop met de naam {name!r}.</translation>
    </message>
    <message>
        <source>Shop product {remote_id} ({name}) merged into article {number} by SKU.</source>
        <translation>Webshopproduct {remote_id} ({name}) is op basis van de SKU samengevoegd met artikel {number}.</translation>
    </message>
    <message>
        <source>e-mail to {to} withdrawn: it will not be sent</source>
        <translation>e-mail aan {to} ingetrokken: hij wordt niet verstuurd</translation>
    </message>
    <message>
        <source>the e-mail to {to} was already being handed to the mail server and could not be withdrawn; check the outbox</source>
        <translation>de e-mail aan {to} werd al aan de mailserver overgedragen en kon niet worden ingetrokken; controleer de postvak-uit</translation>
    </message>
    <message>
        <source>due on {day}, unpaid</source>
        <translation>vervallen op {day}, onbetaald</translation>
    </message>
    <message>
        <source>Changing users</source>
        <translation>Gebruikers wijzigen</translation>
    </message>
    <message>
        <source>A user needs at least one role (clerk, reviewer, approver, admin).</source>
        <translation>Een gebruiker heeft minstens één rol nodig (medewerker, controleur, goedkeurder, beheerder).</translation>
    </message>
    <message>
        <source>The approval limit cannot be negative.</source>
        <translation>De goedkeuringslimiet mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>approval limit</source>
        <translation>goedkeuringslimiet</translation>
    </message>
    <message>
        <source>There is no user with the id {user_id}.</source>
        <translation>Er is geen gebruiker met id {user_id}.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain; make someone else admin first.</source>
        <translation>Er moet minstens één actieve beheerder overblijven; maak eerst iemand anders beheerder.</translation>
    </message>
    <message>
        <source>Unknown role in {items}; use clerk, reviewer, approver or admin.</source>
        <translation>Onbekende rol in {items}; gebruik clerk, reviewer, approver of admin.</translation>
    </message>
    <message>
        <source>A user with the login {login!r} already exists.</source>
        <translation>Er bestaat al een gebruiker met de gebruikersnaam {login!r}.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Onbekende gebruikersnaam of verkeerd wachtwoord.</translation>
    </message>
    <message>
        <source>{name} is not a number an invoice can hold.</source>
        <translation>{name} is geen getal dat een factuur kan bevatten.</translation>
    </message>
    <message>
        <source>{where}: {value} is beyond the largest amount InvoiceDesk can store ({limit}).</source>
        <translation>{where}: {value} is groter dan het hoogste bedrag dat InvoiceDesk kan opslaan ({limit}).</translation>
    </message>
    <message>
        <source>{path} is a folder; name a .json or .csv file.</source>
        <translation>{path} is een map; geef een .json- of .csv-bestand op.</translation>
    </message>
    <message>
        <source>{path_name} must hold a JSON object with the lists {lists}.</source>
        <translation>{path_name} moet een JSON-object met de lijsten {lists} bevatten.</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not an object.</source>
        <translation>{where}: {value!r} is geen object.</translation>
    </message>
    <message>
        <source>{where}: unknown field(s) {items}.</source>
        <translation>{where}: onbekende veld(en) {items}.</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not a number.</source>
        <translation>{where}: {value!r} is geen getal.</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not a date (YYYY-MM-DD).</source>
        <translation>{where}: {value!r} is geen datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>{where}: {exc}</translation>
    </message>
    <message>
        <source>{path_name} lacks the column(s) {items}.</source>
        <translation>{path_name} mist de kolom(men) {items}.</translation>
    </message>
    <message>
        <source>{path_name}: only .json and .csv files can be imported.</source>
        <translation>{path_name}: alleen .json- en .csv-bestanden kunnen worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation>Wijzigingslogboek lezen</translation>
    </message>
    <message>
        <source>Changing the mail server</source>
        <translation>Mailserver wijzigen</translation>
    </message>
    <message>
        <source>There is no user with the login {login!r}.</source>
        <translation>Er is geen gebruiker met de inlognaam {login!r}.</translation>
    </message>
    <message>
        <source>Creating a user</source>
        <translation>Gebruiker aanmaken</translation>
    </message>
    <message>
        <source>an administrator must do this, since one exists (log in or use --as LOGIN)</source>
        <translation>dit moet een beheerder doen, omdat er een is (meld u aan of gebruik --as LOGIN)</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Er is geen bestand {path}.</translation>
    </message>
    <message>
        <source>{path_name} is not UTF-8 text; save it as UTF-8 and import it again.</source>
        <translation>{path_name} is geen UTF-8-tekst; sla het bestand op als UTF-8 en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{path_name} is not valid JSON: {exc}</source>
        <translation>{path_name} is geen geldige JSON: {exc}</translation>
    </message>
    <message>
        <source>{path_name}: {key} must be a list of objects.</source>
        <translation>{path_name}: {key} moet een lijst van objecten zijn.</translation>
    </message>
    <message>
        <source>{where}: {name} must be a single value.</source>
        <translation>{where}: {name} moet één waarde zijn.</translation>
    </message>
    <message>
        <source>{where}: lines must be a list.</source>
        <translation>{where}: lines moet een lijst zijn.</translation>
    </message>
    <message>
        <source>{base_url!r} is not the web address of a shop.</source>
        <translation>{base_url!r} is geen webadres van een webshop.</translation>
    </message>
    <message>
        <source>The shop must be reached over HTTPS, so that the API key is not sent in clear.</source>
        <translation>De webshop moet via HTTPS bereikbaar zijn, zodat de API-sleutel niet onversleuteld wordt verzonden.</translation>
    </message>
    <message>
        <source>The API key and secret of the shop {origin} are missing.</source>
        <translation>De API-sleutel en het geheim van de webshop {origin} ontbreken.</translation>
    </message>
    <message>
        <source>The shop {origin} answered {code} for {path}: {value}</source>
        <translation>De webshop {origin} antwoordde {code} op {path}: {value}</translation>
    </message>
    <message>
        <source>The shop {origin} cannot be reached: {exc}</source>
        <translation>De webshop {origin} is niet bereikbaar: {exc}</translation>
    </message>
    <message>
        <source>The shop {origin} sent no list for {path}.</source>
        <translation>De webshop {origin} stuurde geen lijst voor {path}.</translation>
    </message>
    <message>
        <source>{name} is not an InvoiceDesk database; run `invoicedesk db upgrade` to set it up.</source>
        <translation>{name} is geen InvoiceDesk-database; richt die in met `invoicedesk db upgrade`.</translation>
    </message>
    <message>
        <source>The database {name} has an older schema; run `invoicedesk db upgrade` first.</source>
        <translation>De database {name} heeft een ouder schema; voer eerst `invoicedesk db upgrade` uit.</translation>
    </message>
    <message>
        <source>The database {name} was set up by a newer InvoiceDesk; update this installation.</source>
        <translation>De database {name} is door een nieuwere InvoiceDesk ingericht; werk deze installatie bij.</translation>
    </message>
    <message>
        <source>The database {url} cannot be opened: {first}</source>
        <translation>De database {url} kan niet worden geopend: {first}</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share, where SQLite can corrupt data when several workstations use it. For shared use, set up a PostgreSQL server and use its URL (postgresql+psycopg://user@server/invoicedesk).</source>
        <translation>Het databasebestand {path} staat op een netwerkshare, waar SQLite gegevens kan beschadigen als meerdere werkplekken het tegelijk gebruiken. Richt voor gedeeld gebruik een PostgreSQL-server in en gebruik de URL daarvan (postgresql+psycopg://user@server/invoicedesk).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; name a file in it.</source>
        <translation>{path} is een map, geen databasebestand; geef een bestand daarin op.</translation>
    </message>
    <message>
        <source>There is no database file {path}; run `invoicedesk db upgrade` to create it.</source>
        <translation>Er is geen databasebestand {path}; maak het aan met `invoicedesk db upgrade`.</translation>
    </message>
    <message>
        <source>The folder {folder} for the database file cannot be created ({reason}); choose another place.</source>
        <translation>De map {folder} voor het databasebestand kan niet worden aangemaakt ({reason}); kies een andere plek.</translation>
    </message>
    <message>
        <source>The database did not answer as expected ({text}). Nothing was changed.</source>
        <translation>De database antwoordde niet zoals verwacht ({text}). Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>InvoiceDesk — unexpected error</source>
        <translation>InvoiceDesk — onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong inside InvoiceDesk: {summary}</source>
        <translation>Er is iets misgegaan in InvoiceDesk: {summary}</translation>
    </message>
    <message>
        <source>Drafts are saved as you type, so nothing you entered is lost. The details are in the log file
{path}
Please send this file to whoever looks after InvoiceDesk for you.</source>
        <translation>Concepten worden tijdens het typen opgeslagen, dus er gaat niets verloren. De details staan in het logbestand
{path}
Stuur dit bestand naar degene die InvoiceDesk voor u beheert.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>PDF with Factur-X (standard)</source>
        <translation>PDF met Factur-X (standaard)</translation>
    </message>
    <message>
        <source>XRechnung (CII) beside the PDF</source>
        <translation>XRechnung (CII) naast de PDF</translation>
    </message>
    <message>
        <source>XRechnung (UBL) beside the PDF</source>
        <translation>XRechnung (UBL) naast de PDF</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>the next number of the series</source>
        <translation>het volgende nummer van de reeks</translation>
    </message>
    <message>
        <source>Business (not a consumer)</source>
        <translation>Onderneming (geen consument)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Address supplement</source>
        <translation>Adrestoevoeging</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-code)</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingstermijn</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-factuur</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID</translation>
    </message>
    <message>
        <source>Opening customer</source>
        <translation>Klant wordt geopend</translation>
    </message>
    <message>
        <source>Saving customer</source>
        <translation>Klant wordt opgeslagen</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nieuwe klant…</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Klant bewerken…</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Nog geen klant gekozen.</translation>
    </message>
    <message>
        <source>Type a name, city, e-mail or VAT ID…</source>
        <translation>Typ een naam, plaats, e-mail of btw-nummer…</translation>
    </message>
    <message>
        <source>Searching customers</source>
        <translation>Klanten zoeken</translation>
    </message>
    <message>
        <source>{label} · no. {number}</source>
        <translation>{label} · nr. {number}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Taal: {language}</translation>
    </message>
    <message>
        <source>payment terms: {days} days</source>
        <translation>betalingstermijn: {days} dagen</translation>
    </message>
    <message>
        <source>business</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>consument</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>nr. {number}</translation>
    </message>
    <message>
        <source>XRechnung, Leitweg-ID {leitweg}</source>
        <translation>XRechnung, Leitweg-ID {leitweg}</translation>
    </message>
    <message>
        <source>VAT ID: {vat_id}  ·  E-mail: {email}</source>
        <translation>Btw-nummer: {vat_id}  ·  E-mail: {email}</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>InvoiceDesk — database password</source>
        <translation>InvoiceDesk — databasewachtwoord</translation>
    </message>
    <message>
        <source>The database {name} needs a password.</source>
        <translation>De database {name} vraagt om een wachtwoord.</translation>
    </message>
    <message>
        <source>Save in the password store</source>
        <translation>Opslaan in de wachtwoordopslag</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer, so the password cannot be saved. It is used for this session only; InvoiceDesk asks again at the next start.</source>
        <translation>Op deze computer is geen veilige wachtwoordopslag (keyring) beschikbaar, dus het wachtwoord kan niet worden bewaard. Het geldt alleen voor deze sessie; InvoiceDesk vraagt er bij de volgende start opnieuw om.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Betalingskenmerk</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Openstaand bedrag</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Tegoed van de klant</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Creditnota&apos;s</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Aanmaningen</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>ingevoerd</translation>
    </message>
    <message>
        <source>bank statement</source>
        <translation>rekeningafschrift</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>kassa</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>verrekend</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Geen dossier geselecteerd</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Double-click opens the file; drop files here to attach them</source>
        <translation>Dubbelklik opent het bestand; sleep bestanden hierheen om ze toe te voegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Van → naar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>No status changes yet — each action on the case is listed here.</source>
        <translation>Nog geen statuswijzigingen — elke actie op het dossier wordt hier vermeld.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Internal notes (not printed on the invoice)</source>
        <translation>Interne notities (niet op de factuur)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(geen nummer)</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vervalt {date}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>alleen-lezen</translation>
    </message>
    <message>
        <source>validation findings: {count}</source>
        <translation>validatiebevindingen: {count}</translation>
    </message>
    <message>
        <source>possible duplicate of case {id}</source>
        <translation>mogelijk duplicaat van zaak {id}</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>as on the issued invoice</source>
        <translation>zoals op de uitgegeven factuur</translation>
    </message>
    <message>
        <source>Reverse charge (VAT owed by the recipient)</source>
        <translation>Btw verlegd (verschuldigd door de afnemer)</translation>
    </message>
    <message>
        <source>(no longer valid)</source>
        <translation>(niet meer geldig)</translation>
    </message>
    <message>
        <source>{paid} of {gross}</source>
        <translation>{paid} van {gross}</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(teruggedraaid)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>geen geregistreerd</translation>
    </message>
    <message>
        <source>Opening file</source>
        <translation>Bestand wordt geopend</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <source>No application opens {name}.</source>
        <translation>Geen programma kan {name} openen.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Bijlage opslaan</translation>
    </message>
    <message>
        <source>Saving file</source>
        <translation>Bestand wordt opgeslagen</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Bestanden worden toegevoegd</translation>
    </message>
    <message>
        <source>Saving notes</source>
        <translation>Notities worden opgeslagen</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notities niet opgeslagen</translation>
    </message>
    <message>
        <source>✉ The e-mail to {to} waits since {since}: {reason}. It goes out by itself once the mail server works — &lt;a href=&quot;mail&quot;&gt;set up the mail server&lt;/a&gt;.</source>
        <translation>✉ De e-mail aan {to} wacht sinds {since}: {reason}. Hij gaat vanzelf weg zodra de mailserver werkt — &lt;a href=&quot;mail&quot;&gt;mailserver instellen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>⚠ The e-mail to {to} failed: {error}</source>
        <translation>⚠ De e-mail aan {to} is mislukt: {error}</translation>
    </message>
    <message>
        <source>⚠ Sending the e-mail to {to} was interrupted; check whether it arrived (Resend sends it again).</source>
        <translation>⚠ Het verzenden van de e-mail aan {to} is onderbroken; controleer of hij is aangekomen (Opnieuw verzenden stuurt hem nogmaals).</translation>
    </message>
    <message>
        <source>✉ The e-mail to {to} is queued since {since} and sent in the background.</source>
        <translation>✉ De e-mail aan {to} staat sinds {since} in de wachtrij en wordt op de achtergrond verzonden.</translation>
    </message>
    <message>
        <source>e-mail queued</source>
        <translation>e-mail in wachtrij</translation>
    </message>
    <message>
        <source>e-mail waits</source>
        <translation>e-mail wacht</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>per e-mail verzonden</translation>
    </message>
    <message>
        <source>e-mail failed</source>
        <translation>e-mail mislukt</translation>
    </message>
    <message>
        <source>e-mail withdrawn</source>
        <translation>e-mail ingetrokken</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>geprint</translation>
    </message>
    <message>
        <source>Dunning stopped: {reason}</source>
        <translation>Aanmaningen gestopt: {reason}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Er is iets misgegaan: {error}</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Reden (verplicht):</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Opmerking (optioneel):</translation>
    </message>
    <message>
        <source>Restart InvoiceDesk</source>
        <translation>InvoiceDesk opnieuw starten</translation>
    </message>
    <message>
        <source>The change takes effect when InvoiceDesk starts again. Restart now? Open windows are closed first (drafts are saved as you type); you log in again.</source>
        <translation>De wijziging werkt pas na een herstart van InvoiceDesk. Nu opnieuw starten? Open vensters worden eerst gesloten (concepten worden tijdens het typen opgeslagen); u meldt zich daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>Nothing was saved. Reload the case to see the current state.</source>
        <translation>Er is niets opgeslagen. Laad het dossier opnieuw om de huidige stand te zien.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Send failed</source>
        <translation>Verzenden mislukt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Vereffend</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wordt geüpload</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In verwerking</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Complete draft</source>
        <translation>Concept aanvullen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verzonden…</translation>
    </message>
    <message>
        <source>Fix and resend</source>
        <translation>Corrigeren en opnieuw verzenden</translation>
    </message>
    <message>
        <source>Await payment</source>
        <translation>Betaling afwachten</translation>
    </message>
    <message>
        <source>Remind customer</source>
        <translation>Klant herinneren</translation>
    </message>
    <message>
        <source>Refund or offset</source>
        <translation>Terugbetalen of verrekenen</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Leveren</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation>Wordt verwerkt…</translation>
    </message>
    <message>
        <source>Complete data</source>
        <translation>Gegevens aanvullen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Export to booking</source>
        <translation>Boekingsexport</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Opnieuw lezen</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Concept bewerken</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>Alleen aanmaken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Als betaald markeren</translation>
    </message>
    <message>
        <source>Mark not paid</source>
        <translation>Als onbetaald markeren</translation>
    </message>
    <message>
        <source>Paid POS</source>
        <translation>Betaald aan de kassa</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geleverd</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Niet geleverd</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Niet geboekt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Notify customer</source>
        <translation>Klant informeren</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Betaling vastleggen</translation>
    </message>
    <message>
        <source>Undo payment</source>
        <translation>Betaling terugdraaien</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <source>Settle credit note</source>
        <translation>Creditnota vereffenen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Finish editing</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Sent (mail server accepted)</source>
        <translation>Verzonden (door de mailserver aangenomen)</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Verzenden mislukt</translation>
    </message>
    <message>
        <source>Read-out done</source>
        <translation>Uitlezen gereed</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Mijn open dossiers</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Boekbaar</translation>
    </message>
    <message>
        <source>Needs my review</source>
        <translation>Wacht op mijn controle</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>Wacht op mijn goedkeuring</translation>
    </message>
    <message>
        <source>Unsent collective invoices</source>
        <translation>Open verzamelfacturen</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Taal van de klant</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>No delivery date</source>
        <translation>Geen leverdatum</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Leverdatum</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Prestatieperiode</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Kies een klant.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Voeg minstens één regel toe.</translation>
    </message>
    <message>
        <source>Reading the company&apos;s tax data</source>
        <translation>Belastinggegevens van het bedrijf worden gelezen</translation>
    </message>
    <message>
        <source>Opening draft</source>
        <translation>Concept openen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>the customer&apos;s e-mail address</source>
        <translation>e-mailadres van de klant</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Versturen naar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Delivery, payment and tax</source>
        <translation>Levering, betaling en btw</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Customer&apos;s terms</source>
        <translation>Termijn van de klant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingstermijn</translation>
    </message>
    <message>
        <source>standard wording with the due date</source>
        <translation>standaardtekst met de vervaldatum</translation>
    </message>
    <message>
        <source>Terms text</source>
        <translation>Betalingstekst</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Shift+N)</source>
        <translation>Regel toevoegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Amounts are net; type 1.234,50 or 1234.50. The net column is computed.</source>
        <translation>Bedragen zijn netto; typ 1.234,50 of 1234.50. De kolom Netto wordt berekend.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>optional; printed above the payment terms</source>
        <translation>optioneel; wordt boven de betalingsvoorwaarden afgedrukt</translation>
    </message>
    <message>
        <source>Notes on the invoice</source>
        <translation>Opmerkingen op de factuur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Opslaan en sluiten</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Nieuwe creditnota</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <source>Draft credit note — case {case}</source>
        <translation>Concept-creditnota — dossier {case}</translation>
    </message>
    <message>
        <source>Draft invoice — case {case}</source>
        <translation>Conceptfactuur — dossier {case}</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message>
        <source>the customer has no e-mail</source>
        <translation>de klant heeft geen e-mailadres</translation>
    </message>
    <message>
        <source>Customer&apos;s language ({language})</source>
        <translation>Taal van de klant ({language})</translation>
    </message>
    <message>
        <source>Customer&apos;s terms ({days} days)</source>
        <translation>Termijn van de klant ({days} dagen)</translation>
    </message>
    <message>
        <source>Reverse charge needs the VAT ID of {name}; it has none.</source>
        <translation>Voor btw verlegd is het btw-nummer van {name} nodig; dat ontbreekt.</translation>
    </message>
    <message>
        <source>The service period ends before it starts.</source>
        <translation>De prestatieperiode eindigt vóór het begin.</translation>
    </message>
    <message>
        <source>Saving draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Concept opgeslagen om {time}</translation>
    </message>
    <message>
        <source>Not saved yet: {error}</source>
        <translation>Nog niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Saved at {time} — total {total}</source>
        <translation>Opgeslagen om {time} — totaal {total}</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Concept niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>DunningMenu</name>
    <message>
        <source>Payment reminders…</source>
        <translation>Aanmaningen…</translation>
    </message>
</context>
<context>
    <name>DunningRows</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Printen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Stop dunning</source>
        <translation>Aanmaningen stoppen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gedaan</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Aangemaand</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Dunning stopped</source>
        <translation>Aanmaningen gestopt</translation>
    </message>
    <message>
        <source>No longer due</source>
        <translation>Niet meer verschuldigd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>e-mail queued</source>
        <translation>e-mail in wachtrij</translation>
    </message>
    <message>
        <source>e-mail waits</source>
        <translation>e-mail wacht</translation>
    </message>
    <message>
        <source>e-mail sent</source>
        <translation>e-mail verzonden</translation>
    </message>
    <message>
        <source>e-mail failed</source>
        <translation>e-mail mislukt</translation>
    </message>
    <message>
        <source>e-mail withdrawn</source>
        <translation>e-mail ingetrokken</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>om te printen</translation>
    </message>
    <message>
        <source>{start} – {end}: {days} days at {rate} % = {amount}</source>
        <translation>{start} – {end}: {days} dagen tegen {rate} % = {amount}</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>geen e-mailadres</translation>
    </message>
    <message>
        <source>The e-mail would wait: {reason}</source>
        <translation>De e-mail zou wachten: {reason}</translation>
    </message>
</context>
<context>
    <name>DunningSettings</name>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Dunning levels and interest</source>
        <translation>Aanmaningsniveaus en rente</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Dagen na vervaldatum</translation>
    </message>
    <message>
        <source>Fee (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <source>Default interest</source>
        <translation>Wettelijke rente</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Niveau toevoegen</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Niveau verwijderen</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <source>Level and language</source>
        <translation>Niveau en taal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brieftekst</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>E-mailonderwerp</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>E-mailtekst</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Plaatshouders: {names}</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Base rate %</source>
        <translation>Basisrente %</translation>
    </message>
    <message>
        <source>Add base rate</source>
        <translation>Basisrente toevoegen</translation>
    </message>
    <message>
        <source>Base rate (§ 247 BGB, Bundesbank: 1 January and 1 July)</source>
        <translation>Basisrente (§ 247 BGB, Bundesbank: 1 januari en 1 juli)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>A reminder asks for payment within</source>
        <translation>Een aanmaning vraagt betaling binnen</translation>
    </message>
    <message>
        <source>Saving the dunning settings</source>
        <translation>Aanmaninstellingen worden opgeslagen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DunningWindow</name>
    <message>
        <source>Payment reminders</source>
        <translation>Aanmaningen</translation>
    </message>
    <message>
        <source>Show all due reminders</source>
        <translation>Alle verschuldigde aanmaningen tonen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Reminders of</source>
        <translation>Aanmaningen van</translation>
    </message>
    <message>
        <source>Print these instead</source>
        <translation>In plaats daarvan printen</translation>
    </message>
    <message>
        <source>No reminder is due on this day — no open invoice has reached its next level yet.</source>
        <translation>Op deze dag is geen aanmaning verschuldigd — geen openstaande factuur heeft haar volgende niveau bereikt.</translation>
    </message>
    <message>
        <source>Action for selected rows:</source>
        <translation>Actie voor geselecteerde regels:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Levels and interest…</source>
        <translation>Niveaus en rente…</translation>
    </message>
    <message>
        <source>Open reminders to print</source>
        <translation>Aanmaningen om te printen openen</translation>
    </message>
    <message>
        <source>Process reminders</source>
        <translation>Aanmaningen verwerken</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Finding due reminders</source>
        <translation>Verschuldigde aanmaningen worden gezocht</translation>
    </message>
    <message>
        <source>Only invoice {number}</source>
        <translation>Alleen factuur {number}</translation>
    </message>
    <message>
        <source>No reminder is due for this invoice today.</source>
        <translation>Voor deze factuur is vandaag geen aanmaning verschuldigd.</translation>
    </message>
    <message>
        <source>No reminder is due on this day.</source>
        <translation>Op deze dag is geen aanmaning verschuldigd.</translation>
    </message>
    <message>
        <source>{due} due · {email} by e-mail · {print} to print · {total}</source>
        <translation>{due} verschuldigd · {email} per e-mail · {print} om te printen · {total}</translation>
    </message>
    <message>
        <source>{due} due</source>
        <translation>{due} verschuldigd</translation>
    </message>
    <message numerus="yes">
        <source>⚠ E-mails cannot go out now: {reason}. The %n reminder(s) by e-mail would wait until the mail server works.</source>
        <translation>
            <numerusform>⚠ E-mails kunnen nu niet verzonden worden: {reason}. De %n aanmaning per e-mail zou wachten tot de mailserver werkt.</numerusform>
            <numerusform>⚠ E-mails kunnen nu niet verzonden worden: {reason}. De %n aanmaningen per e-mail zouden wachten tot de mailserver werkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop dunning</source>
        <translation>Aanmaningen stoppen</translation>
    </message>
    <message>
        <source>{done} of {total} reminders</source>
        <translation>{done} van {total} aanmaningen</translation>
    </message>
    <message>
        <source>{done} reminded · {stopped} stopped · {failed} failed</source>
        <translation>{done} aangemaand · {stopped} gestopt · {failed} mislukt</translation>
    </message>
    <message>
        <source>Collecting reminders to print</source>
        <translation>Aanmaningen om te printen worden verzameld</translation>
    </message>
    <message>
        <source>No program could open {name}.</source>
        <translation>Geen programma kon {name} openen.</translation>
    </message>
</context>
<context>
    <name>EInvoiceView</name>
    <message>
        <source>E-invoice {syntax} · {version} · profile {profile}</source>
        <translation>E-factuur {syntax} · {version} · profiel {profile}</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>This profile carries no lines.</source>
        <translation>Dit profiel bevat geen regels.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>To: {buyer}</source>
        <translation>Aan: {buyer}</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>Factuur {number}</translation>
    </message>
</context>
<context>
    <name>ExportCsv</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Which cases should be exported?</source>
        <translation>Welke dossiers wilt u exporteren?</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln filtered case(s)</source>
        <translation>
            <numerusform>Het %Ln gefilterde dossier</numerusform>
            <numerusform>Alle %Ln gefilterde dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected case(s) (%Ln)</source>
        <translation>
            <numerusform>Geselecteerd dossier (%Ln)</numerusform>
            <numerusform>Geselecteerde dossiers (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln case(s) written</source>
        <translation>
            <numerusform>Exporteren… %Ln dossier geschreven</numerusform>
            <numerusform>Exporteren… %Ln dossiers geschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln case(s) to {path}</source>
        <translation>
            <numerusform>%Ln dossier geëxporteerd naar {path}</numerusform>
            <numerusform>%Ln dossiers geëxporteerd naar {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
    <message>
        <source>Exporting cases</source>
        <translation>Dossiers exporteren</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>Presets</source>
        <translation>Voorkeuzes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Paid between</source>
        <translation>Betaald tussen</translation>
    </message>
    <message>
        <source>Reverse charge only</source>
        <translation>Alleen btw verlegd</translation>
    </message>
    <message>
        <source>Include completed and archived</source>
        <translation>Ook afgeronde en gearchiveerde</translation>
    </message>
    <message>
        <source>Save preset…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Shipped preset</source>
        <translation>Meegeleverde voorkeuze</translation>
    </message>
    <message>
        <source>Your preset (Del removes it)</source>
        <translation>Uw voorkeuze (Del verwijdert haar)</translation>
    </message>
    <message>
        <source>Preset: {name}</source>
        <translation>Voorkeuze: {name}</translation>
    </message>
    <message>
        <source>(with conditions of its own)</source>
        <translation>(met eigen voorwaarden)</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Welcome to InvoiceDesk</source>
        <translation>Welkom bij InvoiceDesk</translation>
    </message>
    <message>
        <source>This database is new. How do you want to start?</source>
        <translation>Deze database is nieuw. Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <source>Use demo data</source>
        <translation>Demogegevens gebruiken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set up my company&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mijn bedrijf inrichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter your company, bank account, invoice numbers, mail server and the first administrator; click Next to begin. Takes about five minutes; everything can be changed later in the settings.</source>
        <translation>Voer uw bedrijf, bankrekening, factuurnummers, mailserver en de eerste beheerder in; klik op Volgende om te beginnen. Dat duurt ongeveer vijf minuten; alles is later in de instellingen te wijzigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it with demo data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uitproberen met demogegevens&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The sample company Autohaus Rheinblick GmbH with {cases} invoice cases and four users. Log in as admin with the password admin-demo.</source>
        <translation>Het voorbeeldbedrijf Autohaus Rheinblick GmbH met {cases} factuurdossiers en vier gebruikers. Meld u aan als admin met het wachtwoord admin-demo.</translation>
    </message>
    <message>
        <source>InvoiceDesk — first start</source>
        <translation>InvoiceDesk — eerste start</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Uw bedrijf</translation>
    </message>
    <message>
        <source>Printed on every invoice (§14 UStG).</source>
        <translation>Staat op elke factuur (§ 14 UStG).</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <source>Where your customers pay to; printed on the invoice.</source>
        <translation>Waarheen uw klanten betalen; staat op de factuur.</translation>
    </message>
    <message>
        <source>Invoice numbers and payment terms</source>
        <translation>Factuurnummers en betalingstermijn</translation>
    </message>
    <message>
        <source>Each series counts without gaps.</source>
        <translation>Elke reeks telt zonder gaten.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>For sending invoices by e-mail. Leave the server empty to set it up later.</source>
        <translation>Voor het verzenden van facturen per e-mail. Laat de server leeg om hem later in te stellen.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>The first user of InvoiceDesk.</source>
        <translation>De eerste gebruiker van InvoiceDesk.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Volgende &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Vorige</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>Demogegevens worden aangemaakt</translation>
    </message>
    <message>
        <source>Saving the set-up</source>
        <translation>Inrichting wordt opgeslagen</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mailwachtwoord</translation>
    </message>
    <message>
        <source>Set-up not saved</source>
        <translation>Inrichting niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>IncomingEditor</name>
    <message>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>Factuurnr.</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Btw-bedrag</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stuksprijs</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Cost account</source>
        <translation>Grootboekrekening</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenplaats</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Check the highlighted fields: {fields}.</source>
        <translation>Controleer de gemarkeerde velden: {fields}.</translation>
    </message>
    <message>
        <source>Read completely: every field is sure.</source>
        <translation>Volledig gelezen: alle velden zijn zeker.</translation>
    </message>
    <message>
        <source>Open case {id}</source>
        <translation>Zaak {id} openen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Other VAT IDs on the page</source>
        <translation>Andere btw-nummers op de pagina</translation>
    </message>
    <message>
        <source>Other IBANs on the page</source>
        <translation>Andere IBAN&apos;s op de pagina</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Gericht aan</translation>
    </message>
    <message>
        <source>known supplier, recognised by {how}</source>
        <translation>bekende leverancier, herkend aan {how}</translation>
    </message>
    <message>
        <source>not among the known suppliers</source>
        <translation>niet bij de bekende leveranciers</translation>
    </message>
    <message>
        <source>Supplier record</source>
        <translation>Leveranciersgegevens</translation>
    </message>
    <message>
        <source>Supplier invoice — case {id}</source>
        <translation>Inkoopfactuur — dossier {id}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Pagina {page} van {count}</translation>
    </message>
    <message>
        <source>Opening invoice</source>
        <translation>Factuur wordt geopend</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breedte passend</translation>
    </message>
    <message>
        <source>Click a word in the document to put it into the selected field.</source>
        <translation>Klik op een woord in het document om het in het geselecteerde veld te zetten.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Finish editing</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Hand the invoice on for review by a second user</source>
        <translation>Factuur doorgeven ter controle door een tweede gebruiker</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Read out with low confidence: please check.</source>
        <translation>Met weinig zekerheid uitgelezen: controleer dit a.u.b.</translation>
    </message>
    <message>
        <source>Read from a scan by OCR (confidence {percent} %). Fields from uncertain words are highlighted.</source>
        <translation>Met tekstherkenning uit een scan gelezen (zekerheid {percent} %). Velden uit onzeker herkende woorden zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>Het document kan niet worden getoond.</translation>
    </message>
    <message>
        <source>(read-only: {status})</source>
        <translation>(alleen-lezen: {status})</translation>
    </message>
    <message>
        <source>E-invoice, profile {profile}: read exactly.</source>
        <translation>E-factuur, profiel {profile}: exact gelezen.</translation>
    </message>
    <message>
        <source>Possible duplicate of case {id}: {reason}</source>
        <translation>Mogelijk duplicaat van dossier {id}: {reason}</translation>
    </message>
    <message>
        <source>Saving invoice</source>
        <translation>Factuur wordt opgeslagen</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Concept opgeslagen om {time}</translation>
    </message>
    <message>
        <source>Not saved yet: {error}</source>
        <translation>Nog niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Opslaan mislukt</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>{count} with errors</source>
        <translation>{count} met fouten</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken in: {ready} ready</source>
        <translation>
            <numerusform>%n bestand ingelezen: {ready} gereed</numerusform>
            <numerusform>%n bestanden ingelezen: {ready} gereed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n mogelijk duplicaat</numerusform>
            <numerusform>%n mogelijke duplicaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped intake(s) taken up again</source>
        <translation>
            <numerusform>%n onderbroken inlezing hervat</numerusform>
            <numerusform>%n onderbroken inlezingen hervat</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} being read on another workstation</source>
        <translation>{count} op een andere werkplek in behandeling</translation>
    </message>
    <message>
        <source>Only PDF and XML invoice files can be taken in.</source>
        <translation>Alleen PDF- en XML-factuurbestanden kunnen worden ingelezen.</translation>
    </message>
    <message numerus="yes">
        <source>Taking in %n file(s)</source>
        <translation>
            <numerusform>%n bestand inlezen</numerusform>
            <numerusform>%n bestanden inlezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import supplier invoices</source>
        <translation>Leveranciersfacturen importeren</translation>
    </message>
    <message>
        <source>Invoices and scans (*.pdf *.PDF *.xml *.XML *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Facturen en scans (*.pdf *.PDF *.xml *.XML *.jpg *.jpeg *.png *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The watched folder {folder} does not exist.</source>
        <translation>De bewaakte map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Bewaakte map</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Opnieuw lezen</translation>
    </message>
    <message>
        <source>Reading case {case} again</source>
        <translation>Zaak {case} wordt opnieuw gelezen</translation>
    </message>
    <message>
        <source>Import supplier invoices…</source>
        <translation>Leveranciersfacturen importeren…</translation>
    </message>
    <message>
        <source>Import supplier invoices (PDF, XML)</source>
        <translation>Leveranciersfacturen importeren (PDF, XML)</translation>
    </message>
</context>
<context>
    <name>Intervals</name>
    <message>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <source>every 2 months</source>
        <translation>elke 2 maanden</translation>
    </message>
    <message>
        <source>every 3 months</source>
        <translation>elke 3 maanden</translation>
    </message>
    <message>
        <source>every 6 months</source>
        <translation>elke 6 maanden</translation>
    </message>
    <message>
        <source>every 12 months</source>
        <translation>elke 12 maanden</translation>
    </message>
</context>
<context>
    <name>LineFilter</name>
    <message>
        <source>Waiting</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Geen factuur</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle regels</translation>
    </message>
    <message>
        <source>Booked between</source>
        <translation>Geboekt tussen</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Bedrag van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Name, IBAN or remittance text</source>
        <translation>Naam, IBAN of omschrijving</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
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
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Korting %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>service</source>
        <translation>dienst</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>stuk</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>meter</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>liter</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>The domestic rate; reverse charge and tax-free supplies print 0 %.</source>
        <translation>Het binnenlandse tarief; verlegde btw en vrijgestelde leveringen worden met 0 % afgedrukt.</translation>
    </message>
    <message>
        <source>Line {row}: {column} &apos;{text}&apos; is not a number.</source>
        <translation>Regel {row}: {column} &apos;{text}&apos; is geen getal.</translation>
    </message>
    <message>
        <source>Line {row} has no description.</source>
        <translation>Regel {row} heeft geen omschrijving.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>InvoiceDesk — log in</source>
        <translation>InvoiceDesk — aanmelden</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Voer uw gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The login could not be checked: {error}</source>
        <translation>De aanmelding kon niet worden gecontroleerd: {error}</translation>
    </message>
</context>
<context>
    <name>LoginPopup</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Verzenddatum</translation>
    </message>
    <message>
        <source>Collective invoices without a send date</source>
        <translation>Verzamelfacturen zonder verzenddatum</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n collective invoice(s) without a send date&lt;/b&gt; will not be sent until they get one.</source>
        <translation>
            <numerusform>&lt;b&gt;%n verzamelfactuur zonder verzenddatum&lt;/b&gt; wordt pas verzonden als die er een krijgt.</numerusform>
            <numerusform>&lt;b&gt;%n verzamelfacturen zonder verzenddatum&lt;/b&gt; worden pas verzonden als ze er een krijgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the date in a row, or tick rows and set or clear it for all of them. Every change is saved at once.</source>
        <translation>Stel de datum in een regel in, of vink regels aan en stel hem voor allemaal in of wis hem. Elke wijziging wordt direct opgeslagen.</translation>
    </message>
    <message>
        <source>Set date for ticked…</source>
        <translation>Datum voor aangevinkte instellen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Remove the send date of the ticked rows</source>
        <translation>De verzenddatum van de aangevinkte regels wissen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Later herinneren</translation>
    </message>
    <message>
        <source>Tick the rows first.</source>
        <translation>Vink eerst de regels aan.</translation>
    </message>
    <message>
        <source>Saving send dates</source>
        <translation>Verzenddata opslaan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Saved: send date {when} for {changed} invoice(s); {left} still without a send date.</source>
        <translation>Opgeslagen: verzenddatum {when} voor {changed} factuur/facturen; {left} nog zonder verzenddatum.</translation>
    </message>
    <message>
        <source>Send date not saved</source>
        <translation>Verzenddatum niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>MailBanner</name>
    <message>
        <source>Set up the mail server…</source>
        <translation>Mailserver instellen…</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Order received</source>
        <translation>Opdracht ontvangen</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Standaardtekst</translation>
    </message>
    <message>
        <source>Placeholders: {list}</source>
        <translation>Plaatshouders: {list}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>E-mail texts</source>
        <translation>E-mailteksten</translation>
    </message>
    <message>
        <source>The text has a broken placeholder: {error}</source>
        <translation>De tekst heeft een onjuiste plaatshouder: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search party or number  (Ctrl+F)</source>
        <translation>Relatie of nummer zoeken  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Open details</source>
        <translation>Details openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <source>Filter sidebar</source>
        <translation>Filterbalk</translation>
    </message>
    <message>
        <source>Detail pane</source>
        <translation>Detailvenster</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>Over InvoiceDesk</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Dossieracties</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Voorkeuze opslaan</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Naam van de voorkeuze:</translation>
    </message>
    <message>
        <source>Saving preset</source>
        <translation>Voorkeuze wordt opgeslagen</translation>
    </message>
    <message>
        <source>Deleting preset</source>
        <translation>Voorkeuze wordt verwijderd</translation>
    </message>
    <message>
        <source>Counting presets</source>
        <translation>Voorkeuzes worden geteld</translation>
    </message>
    <message>
        <source>Counting statuses</source>
        <translation>Statussen worden geteld</translation>
    </message>
    <message>
        <source>Outgoing and incoming invoice cases on one desk.</source>
        <translation>Uitgaande en inkomende facturen op één bureau.</translation>
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
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Nettoprijs</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>New sales order</source>
        <translation>Nieuwe verkooporder</translation>
    </message>
    <message>
        <source>approved for invoicing</source>
        <translation>vrijgegeven voor facturatie</translation>
    </message>
    <message>
        <source>The customer&apos;s preference</source>
        <translation>Voorkeur van de klant</translation>
    </message>
    <message>
        <source>reverse charge (EU customer with VAT ID, no VAT)</source>
        <translation>btw verlegd (EU-klant met btw-nummer, geen btw)</translation>
    </message>
    <message>
        <source>the customer&apos;s order number, if any</source>
        <translation>het ordernummer van de klant, indien aanwezig</translation>
    </message>
    <message>
        <source>printed on the invoice</source>
        <translation>wordt op de factuur afgedrukt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <source>Invoice delivery</source>
        <translation>Factuurverzending</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Referentie klant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Type an article number or name…</source>
        <translation>Typ een artikelnummer of naam…</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Artikel toevoegen</translation>
    </message>
    <message>
        <source>Add free line</source>
        <translation>Vrije regel toevoegen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Reading the company&apos;s tax data</source>
        <translation>Belastinggegevens van het bedrijf worden gelezen</translation>
    </message>
    <message>
        <source>Loading articles</source>
        <translation>Artikelen laden</translation>
    </message>
    <message>
        <source>Loading order</source>
        <translation>Order laden</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Order {number}</translation>
    </message>
    <message>
        <source>Order {number} is invoiced: it can no longer change. Open the invoice from the orders list.</source>
        <translation>Order {number} is gefactureerd: deze kan niet meer worden gewijzigd. Open de factuur vanuit de orderlijst.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>There is no active article &apos;{text}&apos;.</source>
        <translation>Er is geen actief artikel &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>VAT category {category}: decided for this customer, charged at 0 %. The domestic rate {rate} % is kept for a change of customer.</source>
        <translation>Btw-categorie {category}: voor deze klant bepaald, berekend tegen 0 %. Het binnenlandse tarief {rate} % blijft bewaard voor een andere klant.</translation>
    </message>
    <message>
        <source>Line {line}, quantity</source>
        <translation>Regel {line}, aantal</translation>
    </message>
    <message>
        <source>Line {line}, price</source>
        <translation>Regel {line}, prijs</translation>
    </message>
    <message>
        <source>Line {line}, VAT</source>
        <translation>Regel {line}, btw</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Totaal: —</translation>
    </message>
    <message>
        <source>Total: {gross}</source>
        <translation>Totaal: {gross}</translation>
    </message>
    <message>
        <source>Net {net}  ·  Total {gross}</source>
        <translation>Netto {net}  ·  Totaal {gross}</translation>
    </message>
    <message>
        <source>Choose the customer first (type a name and pick it).</source>
        <translation>Kies eerst de klant (typ een naam en selecteer die).</translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation>Order niet opgeslagen</translation>
    </message>
    <message>
        <source>Saving order</source>
        <translation>Order opslaan</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Vrijgegeven</translation>
    </message>
    <message>
        <source>Invoice delivery</source>
        <translation>Factuurverzending</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Pakbon</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>✔ approved</source>
        <translation>✔ vrijgegeven</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>handmatig ingevoerd</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>Double-click to open the invoice in the desk</source>
        <translation>Dubbelklik om de factuur in het hoofdvenster te openen</translation>
    </message>
    <message>
        <source>Loading orders</source>
        <translation>Orders laden</translation>
    </message>
    <message>
        <source>Loading order</source>
        <translation>Order laden</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Sales orders</source>
        <translation>Verkooporders</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>Search order, customer, shop id, delivery note, invoice…</source>
        <translation>Zoek order, klant, webshop-id, pakbon, factuur…</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Nieuwe order…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Fase instellen</translation>
    </message>
    <message>
        <source>Approve for invoicing</source>
        <translation>Vrijgeven voor facturatie</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Pakbon</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Factuur openen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>No orders match — clear the search or the stage, or add one with New order…</source>
        <translation>Geen passende orders — wis de zoekopdracht of de fase, of voeg er een toe met Nieuwe order…</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Orders laden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Geen overeenkomende orders.</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Vrijgave intrekken</translation>
    </message>
    <message>
        <source>Open delivery note</source>
        <translation>Pakbon openen</translation>
    </message>
    <message>
        <source>Create delivery note</source>
        <translation>Pakbon aanmaken</translation>
    </message>
    <message>
        <source>Stage not changed</source>
        <translation>Fase niet gewijzigd</translation>
    </message>
    <message>
        <source>Changing order stage</source>
        <translation>Orderfase wijzigen</translation>
    </message>
    <message>
        <source>Approval not changed</source>
        <translation>Vrijgave niet gewijzigd</translation>
    </message>
    <message>
        <source>Approving order</source>
        <translation>Order vrijgeven</translation>
    </message>
    <message>
        <source>No program could open {path}.</source>
        <translation>Geen programma kon {path} openen.</translation>
    </message>
    <message>
        <source>Creating delivery note</source>
        <translation>Pakbon aanmaken</translation>
    </message>
    <message>
        <source>Opening delivery note</source>
        <translation>Pakbon openen</translation>
    </message>
</context>
<context>
    <name>OutgoingMenu</name>
    <message>
        <source>Create only</source>
        <translation>Alleen aanmaken</translation>
    </message>
    <message>
        <source>Issue the draft for {party} without sending it? It gets its number and PDF and can no longer be changed.</source>
        <translation>Het concept voor {party} uitreiken zonder het te versturen? Het krijgt zijn nummer en pdf en kan daarna niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <source>Delete the draft for {party}? It has no number yet; the history keeps that it was deleted.</source>
        <translation>Het concept voor {party} verwijderen? Het heeft nog geen nummer; de geschiedenis legt vast dat het verwijderd is.</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Nieuwe factuur…</translation>
    </message>
    <message>
        <source>New credit note…</source>
        <translation>Nieuwe creditnota…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Betaling vastleggen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Openstaand bedrag</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Voer een bedrag groter dan nul in.</translation>
    </message>
    <message>
        <source>Undo payment</source>
        <translation>Betaling terugdraaien</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>PaymentExport</name>
    <message>
        <source>DATEV Buchungsstapel (EXTF)</source>
        <translation>DATEV Buchungsstapel (EXTF)</translation>
    </message>
    <message>
        <source>Plain CSV (one row per settled case)</source>
        <translation>Eenvoudige CSV (één regel per voldaan dossier)</translation>
    </message>
    <message>
        <source>Export payments to booking</source>
        <translation>Betalingen naar de boekhouding exporteren</translation>
    </message>
    <message>
        <source>To book</source>
        <translation>Te boeken</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), {total}</source>
        <translation>
            <numerusform>%n betaling, {total}</numerusform>
            <numerusform>%n betalingen, {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save booking file</source>
        <translation>Boekingsbestand opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exported, but {target} could not be written ({error}); “invoicedesk export download {export}” writes it again.</source>
        <translation>Geëxporteerd, maar {target} kon niet worden geschreven ({error}); „invoicedesk export download {export}” schrijft het opnieuw.</translation>
    </message>
    <message>
        <source>Exported to {target} ({total}).</source>
        <translation>Geëxporteerd naar {target} ({total}).</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Bank statements: {booked} lines booked, {waiting} to reconcile, {dupes} already imported.</source>
        <translation>Afschriften: {booked} regels geboekt, {waiting} af te letteren, {dupes} al ingelezen.</translation>
    </message>
    <message>
        <source>Import bank statement</source>
        <translation>Rekeningafschrift inlezen</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.XML *.sta *.STA *.mt940 *.txt);;All files (*)</source>
        <translation>Rekeningafschriften (*.xml *.XML *.sta *.STA *.mt940 *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Payment not recorded</source>
        <translation>Betaling niet vastgelegd</translation>
    </message>
    <message>
        <source>Import bank statement…</source>
        <translation>Rekeningafschrift inlezen…</translation>
    </message>
    <message>
        <source>Reconcile bank statements…</source>
        <translation>Afschriften afletteren…</translation>
    </message>
    <message>
        <source>Export payments to booking…</source>
        <translation>Betalingen naar de boekhouding exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>Watched folder: %n statement file(s), {booked} lines booked, {waiting} to reconcile</source>
        <translation>
            <numerusform>Bewaakte map: %n afschriftbestand, {booked} regels geboekt, {waiting} af te letteren</numerusform>
            <numerusform>Bewaakte map: %n afschriftbestanden, {booked} regels geboekt, {waiting} af te letteren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see failed/)</source>
        <translation>
            <numerusform>%n geweigerd (zie failed/)</numerusform>
            <numerusform>%n geweigerd (zie failed/)</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank statement folder {folder} does not exist.</source>
        <translation>De map voor afschriften {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Bank statement folder</source>
        <translation>Map voor afschriften</translation>
    </message>
    <message>
        <source>Bank statement folder: {error}</source>
        <translation>Map voor afschriften: {error}</translation>
    </message>
</context>
<context>
    <name>PrintPdf</name>
    <message>
        <source>The stored PDF cannot be opened for printing.</source>
        <translation>De opgeslagen pdf kan niet worden geopend om af te drukken.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Print invoice</source>
        <translation>Factuur afdrukken</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Uitreiken en afdrukken</translation>
    </message>
    <message>
        <source>Printing issues the draft for {party}: it gets its number and PDF and can no longer be changed. Print now?</source>
        <translation>Bij het afdrukken wordt het concept voor {party} uitgereikt: het krijgt zijn nummer en pdf en kan daarna niet meer worden gewijzigd. Nu afdrukken?</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n page(s) sent to the printer.</source>
        <translation>
            <numerusform>{name}: %n pagina naar de printer verstuurd.</numerusform>
            <numerusform>{name}: %n pagina&apos;s naar de printer verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the print</source>
        <translation>Afdruk vastleggen</translation>
    </message>
    <message>
        <source>Loading the PDF</source>
        <translation>Pdf laden</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Uitreiken</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>booked</source>
        <translation>geboekt</translation>
    </message>
    <message>
        <source>no invoice</source>
        <translation>geen factuur</translation>
    </message>
    <message>
        <source>Reconcile bank statements</source>
        <translation>Afschriften afletteren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Payer / payee</source>
        <translation>Betaler / begunstigde</translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>No bank lines wait — import a bank statement from the File menu.</source>
        <translation>Geen banktransacties open — importeer een rekeningafschrift via het menu Bestand.</translation>
    </message>
    <message>
        <source>Search an open invoice by number or party, then Enter</source>
        <translation>Openstaande factuur zoeken op nummer of relatie, dan Enter</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Book to the ticked invoices</source>
        <translation>Op de aangevinkte facturen boeken</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>Geen factuur</translation>
    </message>
    <message>
        <source>{shown} of {count} statement lines (scroll for more).</source>
        <translation>{shown} van {count} afschriftregels (scroll voor meer).</translation>
    </message>
    <message>
        <source>{count} statement lines.</source>
        <translation>{count} afschriftregels.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>niet toegewezen</translation>
    </message>
</context>
<context>
    <name>RecoveredDrafts</name>
    <message>
        <source>Drafts from your last session</source>
        <translation>Concepten uit uw vorige sessie</translation>
    </message>
    <message>
        <source>InvoiceDesk was not closed properly last time. These drafts were open; everything you typed up to a few seconds before was saved:</source>
        <translation>InvoiceDesk is de vorige keer niet goed afgesloten. Deze concepten waren geopend; alles wat u tot enkele seconden daarvoor had getypt, is opgeslagen:</translation>
    </message>
    <message>
        <source>{title} — last saved {when}</source>
        <translation>{title} — laatst opgeslagen {when}</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Controleur</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Goedkeurder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>Notify customer</source>
        <translation>Klant informeren</translation>
    </message>
    <message>
        <source>draft credit note (case {case})</source>
        <translation>concept-creditnota (dossier {case})</translation>
    </message>
    <message>
        <source>draft invoice (case {case})</source>
        <translation>conceptfactuur (dossier {case})</translation>
    </message>
    <message>
        <source>{action} — {name}</source>
        <translation>{action} — {name}</translation>
    </message>
    <message>
        <source>optional; several addresses separated by commas</source>
        <translation>optioneel; meerdere adressen gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Create only, don&apos;t send</source>
        <translation>Alleen aanmaken, niet versturen</translation>
    </message>
    <message>
        <source>Issue the invoice (number and PDF) without an e-mail</source>
        <translation>Factuur uitreiken (nummer en pdf) zonder e-mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Preparing the e-mail</source>
        <translation>E-mail voorbereiden</translation>
    </message>
    <message>
        <source>Set up the mail server…</source>
        <translation>Mailserver instellen…</translation>
    </message>
    <message>
        <source>The e-mail to {to} queued at {since} still waits to be sent; this resend replaces it.</source>
        <translation>De om {since} in de wachtrij gezette e-mail aan {to} wacht nog op verzending; dit opnieuw verzenden vervangt hem.</translation>
    </message>
    <message>
        <source>The e-mail to {to} queued at {since} still waits to be sent; it is not sent twice (Resend replaces it).</source>
        <translation>De om {since} in de wachtrij gezette e-mail aan {to} wacht nog op verzending; hij wordt niet twee keer verzonden (Opnieuw verzenden vervangt hem).</translation>
    </message>
    <message>
        <source>E-mails cannot go out now: {reason}. Sent anyway, this one waits and goes out by itself once the mail server works.</source>
        <translation>E-mails kunnen nu niet verzonden worden: {reason}. Toch verzonden, wacht deze en gaat vanzelf weg zodra de mailserver werkt.</translation>
    </message>
    <message>
        <source>Or create the invoice only and send it later.</source>
        <translation>Of maak de factuur alleen aan en verzend hem later.</translation>
    </message>
    <message>
        <source>Issue and send</source>
        <translation>Uitreiken en versturen</translation>
    </message>
    <message>
        <source>Send notice</source>
        <translation>Bericht versturen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Language of the customer: {language}.</source>
        <translation>Taal van de klant: {language}.</translation>
    </message>
    <message>
        <source>Sending issues the invoice: it gets its number and PDF and can no longer be changed. {fields} are filled in then.</source>
        <translation>Bij het versturen wordt de factuur uitgereikt: ze krijgt haar nummer en pdf en kan daarna niet meer worden gewijzigd. {fields} worden dan ingevuld.</translation>
    </message>
    <message>
        <source>A changed recipient is kept for later e-mails of this case.</source>
        <translation>Een gewijzigde ontvanger wordt bewaard voor latere e-mails van dit dossier.</translation>
    </message>
    <message>
        <source>The e-mail is queued now and sent in the background; the history shows it.</source>
        <translation>De e-mail wordt nu in de wachtrij gezet en op de achtergrond verstuurd; de geschiedenis toont dit.</translation>
    </message>
    <message>
        <source>E-mail not available</source>
        <translation>E-mail niet beschikbaar</translation>
    </message>
    <message>
        <source>No recipient</source>
        <translation>Geen ontvanger</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s e-mail address.</source>
        <translation>Voer het e-mailadres van de ontvanger in.</translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>Alleen aanmaken</translation>
    </message>
    <message>
        <source>{action} not done</source>
        <translation>{action} niet uitgevoerd</translation>
    </message>
    <message>
        <source>case {case}</source>
        <translation>dossier {case}</translation>
    </message>
    <message>
        <source>{what}: e-mail queued; it is sent in the background.</source>
        <translation>{what}: e-mail in de wachtrij; deze wordt op de achtergrond verstuurd.</translation>
    </message>
    <message>
        <source>Case {case} created ({status}).</source>
        <translation>Dossier {case} aangemaakt ({status}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Company-wide settings can be changed by an administrator.</source>
        <translation>Bedrijfsbrede instellingen kan een beheerder wijzigen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Instellingen worden opgeslagen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Sluiten zonder de wijzigingen op te slaan?</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>&lt;b&gt;Bank account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bankrekening&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Factuurnummers</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>This workstation uses the mail server from {env}; changes here apply to the other workstations.</source>
        <translation>Deze werkplek gebruikt de mailserver uit {env}; wijzigingen hier gelden voor de andere werkplekken.</translation>
    </message>
    <message>
        <source>Print the logo</source>
        <translation>Logo afdrukken</translation>
    </message>
    <message>
        <source>Print the Girocode (QR code for the bank transfer)</source>
        <translation>Girocode afdrukken (QR-code voor de overboeking)</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Accentkleur</translation>
    </message>
    <message>
        <source>Note above the footer</source>
        <translation>Opmerking boven de voettekst</translation>
    </message>
    <message>
        <source>Invoice PDF</source>
        <translation>Factuur-pdf</translation>
    </message>
    <message>
        <source>After login, list collective invoices that have no send date</source>
        <translation>Na het aanmelden verzamelfacturen zonder verzenddatum tonen</translation>
    </message>
    <message>
        <source>Show to</source>
        <translation>Tonen aan</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>“Remind me later” waits</source>
        <translation>„Later herinneren” wacht</translation>
    </message>
    <message>
        <source>Login popup</source>
        <translation>Melding na aanmelden</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle credit note {number}</source>
        <translation>Creditnota {number} vereffenen</translation>
    </message>
    <message>
        <source>Refunded to the customer</source>
        <translation>Aan de klant terugbetaald</translation>
    </message>
    <message>
        <source>Offset against an invoice</source>
        <translation>Verrekend met een factuur</translation>
    </message>
    <message>
        <source>Looking for open invoices…</source>
        <translation>Openstaande facturen worden gezocht…</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Vereffenen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{number} of {date}, open {amount}</source>
        <translation>{number} van {date}, open {amount}</translation>
    </message>
    <message>
        <source>An offset lowers what the invoice still owes.</source>
        <translation>Een verrekening verlaagt wat er op de factuur nog openstaat.</translation>
    </message>
    <message>
        <source>The customer has no open invoice.</source>
        <translation>De klant heeft geen openstaande factuur.</translation>
    </message>
    <message>
        <source>Settling credit note</source>
        <translation>Creditnota wordt vereffend</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Niet vereffend</translation>
    </message>
</context>
<context>
    <name>SetupForms</name>
    <message>
        <source>e.g. Müller Haustechnik GmbH</source>
        <translation>bijv. Jansen Installatietechniek B.V.</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Duisburg</source>
        <translation>bijv. Kamer van Koophandel</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>Postcode, plaats</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Fiscaal nummer</translation>
    </message>
    <message>
        <source>Register court</source>
        <translation>Handelsregister</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Managing director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
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
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Dit bestand is geen afbeelding.</translation>
    </message>
    <message>
        <source>Enter the company name.</source>
        <translation>Voer de bedrijfsnaam in.</translation>
    </message>
    <message>
        <source>Enter street and city.</source>
        <translation>Voer straat en plaats in.</translation>
    </message>
    <message>
        <source>Enter a VAT ID or a tax number.</source>
        <translation>Voer een btw-nummer of een fiscaal nummer in.</translation>
    </message>
    <message>
        <source>The logo may be at most 2 MB.</source>
        <translation>Het logo mag hoogstens 2 MB groot zijn.</translation>
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
        <translation>Deze IBAN is (nog) niet geldig.</translation>
    </message>
    <message>
        <source>✓ Valid IBAN</source>
        <translation>✓ Geldige IBAN</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Creditnota’s</translation>
    </message>
    <message>
        <source>Collective invoices</source>
        <translation>Verzamelfacturen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Series&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reeks&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Format&lt;/b&gt;</source>
        <translation>&lt;b&gt;Opmaak&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next number&lt;/b&gt;</source>
        <translation>&lt;b&gt;Volgend nummer&lt;/b&gt;</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Placeholders: {yyyy} year, {yy} two-digit year, {mm} month, {seq} running number, {seq:05} padded to five digits. Numbers already issued never change.</source>
        <translation>Plaatshouders: {yyyy} jaar, {yy} jaar in twee cijfers, {mm} maand, {seq} volgnummer, {seq:05} aangevuld tot vijf cijfers. Al uitgegeven nummers veranderen nooit.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingstermijn</translation>
    </message>
    <message>
        <source>restart every year</source>
        <translation>elk jaar opnieuw beginnen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>This user may change every setting and add the other users. The password needs at least 8 characters.</source>
        <translation>Deze gebruiker mag alle instellingen wijzigen en de andere gebruikers toevoegen. Het wachtwoord moet minstens 8 tekens hebben.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>ShopView</name>
    <message>
        <source>stored in the password store; leave empty to keep it</source>
        <translation>opgeslagen in de wachtwoordkluis; laat leeg om het te behouden</translation>
    </message>
    <message>
        <source>Import shop export</source>
        <translation>Webshop-export importeren</translation>
    </message>
    <message>
        <source>Shop exports (*.csv *.json);;All files (*)</source>
        <translation>Webshop-exports (*.csv *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Shipping methods</source>
        <translation>Verzendmethoden</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Import from {origin}</source>
        <translation>Import uit {origin}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>Merged with existing records:</source>
        <translation>Samengevoegd met bestaande gegevens:</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Niet gewijzigd:</translation>
    </message>
    <message>
        <source>Shop connections</source>
        <translation>Webshopkoppelingen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nieuwe koppeling</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&lt;b&gt;WooCommerce shops&lt;/b&gt;</source>
        <translation>&lt;b&gt;WooCommerce-webshops&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>a short name, e.g. teileshop (stored on imported records)</source>
        <translation>een korte naam, bijv. teileshop (opgeslagen bij geïmporteerde gegevens)</translation>
    </message>
    <message>
        <source>WooCommerce → Settings → Advanced → REST API: a key with &lt;i&gt;Read&lt;/i&gt; access. Key and secret are kept in this computer&apos;s password store, never in the database.</source>
        <translation>WooCommerce → Instellingen → Geavanceerd → REST API: een sleutel met &lt;i&gt;Lees&lt;/i&gt;toegang. Sleutel en geheim worden bewaard in de wachtwoordkluis van deze computer, nooit in de database.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Koppeling testen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Webshopadres</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Nu importeren</translation>
    </message>
    <message>
        <source>Customers, products, shipping methods and orders</source>
        <translation>Klanten, producten, verzendmethoden en orders</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Bestand importeren…</translation>
    </message>
    <message>
        <source>A CSV or JSON export of another shop</source>
        <translation>Een CSV- of JSON-export van een andere webshop</translation>
    </message>
    <message>
        <source>The report of the last import appears here.</source>
        <translation>Hier verschijnt het verslag van de laatste import.</translation>
    </message>
    <message>
        <source>Loading shops</source>
        <translation>Webshops laden</translation>
    </message>
    <message>
        <source>cs_… (missing)</source>
        <translation>cs_… (ontbreekt)</translation>
    </message>
    <message>
        <source>Loading shop</source>
        <translation>Webshop laden</translation>
    </message>
    <message>
        <source>Shop connection</source>
        <translation>Webshopkoppeling</translation>
    </message>
    <message>
        <source>Shop not saved</source>
        <translation>Webshop niet opgeslagen</translation>
    </message>
    <message>
        <source>Enter the consumer secret of the shop.</source>
        <translation>Voer het consumer secret van de webshop in.</translation>
    </message>
    <message>
        <source>Saving shop</source>
        <translation>Webshop opslaan</translation>
    </message>
    <message>
        <source>Delete shop connection</source>
        <translation>Webshopkoppeling verwijderen</translation>
    </message>
    <message>
        <source>Forget the shop {name} and its key? Imported records stay.</source>
        <translation>De webshop {name} en de sleutel vergeten? Geïmporteerde gegevens blijven bewaard.</translation>
    </message>
    <message>
        <source>Deleting shop</source>
        <translation>Webshop verwijderen</translation>
    </message>
    <message>
        <source>Asking the shop…</source>
        <translation>Webshop wordt bevraagd…</translation>
    </message>
    <message>
        <source>Testing shop connection</source>
        <translation>Webshopkoppeling testen</translation>
    </message>
    <message>
        <source>Importing from {shop}</source>
        <translation>Importeren uit {shop}</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <source>Which shop is the export from? (records are marked with it; importing it again updates them)</source>
        <translation>Uit welke webshop komt de export? (gegevens worden ermee gemarkeerd; opnieuw importeren werkt ze bij)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <source>{task}…</source>
        <translation>{task}…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import voltooid.</translation>
    </message>
    <message>
        <source>Import failed; nothing was stored.</source>
        <translation>Import mislukt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import mislukt</translation>
    </message>
</context>
<context>
    <name>SmtpForm</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (poort 465)</translation>
    </message>
    <message>
        <source>none (only inside the company network)</source>
        <translation>geen (alleen binnen het bedrijfsnetwerk)</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>uw eigen adres</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Test-e-mail verzenden</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwoord aan</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer: the password is kept only until InvoiceDesk is closed.</source>
        <translation>Op deze computer is geen veilige wachtwoordopslag: het wachtwoord blijft alleen bewaard tot InvoiceDesk wordt gesloten.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ongewijzigd)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verzonden…</translation>
    </message>
    <message>
        <source>Sending test e-mail</source>
        <translation>Test-e-mail wordt verzonden</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ cases · counting…</source>
        <translation>
            <numerusform>%Ln+ dossiers · tellen…</numerusform>
            <numerusform>%Ln+ dossiers · tellen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxFields</name>
    <message>
        <source>Automatic (from the customer and the lines)</source>
        <translation>Automatisch (uit klant en regels)</translation>
    </message>
    <message>
        <source>Standard VAT</source>
        <translation>Btw (standaard)</translation>
    </message>
    <message>
        <source>Reverse charge (§ 13b UStG / btw verlegd)</source>
        <translation>Btw verlegd (§ 13b UStG / reverse charge)</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <source>Intra-EU supply (exempt)</source>
        <translation>Intracommunautaire levering (vrijgesteld)</translation>
    </message>
    <message>
        <source>Export outside the EU (exempt)</source>
        <translation>Uitvoer buiten de EU (vrijgesteld)</translation>
    </message>
    <message>
        <source>Not taxable here</source>
        <translation>Hier niet belast</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Btw verlegd</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Intracommunautair</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>legal wording printed on the invoice (default if empty)</source>
        <translation>wettelijke tekst op de factuur (standaard als leeg)</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Vrijstellingstekst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>% if paid within</source>
        <translation>% bij betaling binnen</translation>
    </message>
    <message>
        <source>Cash discount</source>
        <translation>Betalingskorting</translation>
    </message>
    <message>
        <source>cash discount</source>
        <translation>betalingskorting</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>Totals appear when every amount is a number.</source>
        <translation>De totalen verschijnen zodra elk bedrag een getal is.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT {rate} % on {basis}</source>
        <translation>Btw {rate} % over {basis}</translation>
    </message>
    <message>
        <source>{treatment} on {basis}</source>
        <translation>{treatment} over {basis}</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>User {login}</source>
        <translation>Gebruiker {login}</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ongewijzigd)</translation>
    </message>
    <message>
        <source>may log in</source>
        <translation>mag aanmelden</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Approval limit</source>
        <translation>Goedkeuringslimiet</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Aanmeldnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Gebruiker toevoegen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Changes to users are saved at once.</source>
        <translation>Wijzigingen aan gebruikers worden meteen opgeslagen.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Gebruikers en rollen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>User not saved</source>
        <translation>Gebruiker niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>WorkstationPages</name>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-bestand op deze computer</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by every workstation)</source>
        <translation>PostgreSQL-server (gedeeld door alle werkplekken)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>Nu in gebruik</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this computer. The password is not saved: InvoiceDesk asks for it at every start.</source>
        <translation>Op deze computer is geen veilige wachtwoordopslag (keyring). Het wachtwoord wordt niet bewaard: InvoiceDesk vraagt er bij elke start om.</translation>
    </message>
    <message>
        <source>A changed database is used from the next start of InvoiceDesk.</source>
        <translation>Een gewijzigde database wordt gebruikt vanaf de volgende start van InvoiceDesk.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite-database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Leave the password out of the URL; type it in the password field.</source>
        <translation>Laat het wachtwoord weg uit de URL; vul het in het wachtwoordveld in.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinding maken…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbinding wordt getest</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>Rekeningafschriften</translation>
    </message>
    <message>
        <source>CAMT.053 and MT940 files put into this folder are imported once and matched to invoices. Imported files move to done/, refused ones to failed/ with a .reason.txt file giving the reason. Leave it empty to watch no folder.</source>
        <translation>CAMT.053- en MT940-bestanden in deze map worden één keer ingelezen en aan facturen gekoppeld. Ingelezen bestanden gaan naar done/, geweigerde naar failed/ met een .reason.txt die de reden noemt. Leeg laten om geen map te bewaken.</translation>
    </message>
    <message>
        <source>(no folder watched)</source>
        <translation>(geen map bewaakt)</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Bewaakte mappen</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Bewaakte map</translation>
    </message>
    <message>
        <source>PDF and XML files put into this folder are taken in as supplier invoices. Files taken in move to its subfolder done/, files that cannot be read to failed/. Leave it empty to watch no folder.</source>
        <translation>Pdf- en XML-bestanden in deze map worden als inkoopfacturen ingelezen. Ingelezen bestanden gaan naar de submap done/, onleesbare naar failed/. Leeg laten om geen map te bewaken.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <source>As the system (automatic)</source>
        <translation>Zoals het systeem (automatisch)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Used after a restart (offered when you save). Invoices and e-mails are written in each customer&apos;s own language, whatever is chosen here.</source>
        <translation>Geldt na een herstart (wordt bij het opslaan aangeboden). Facturen en e-mails worden in de eigen taal van elke klant geschreven, wat hier ook is gekozen.</translation>
    </message>
</context>
</TS>

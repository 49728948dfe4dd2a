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
        <source>Net / VAT / Gross</source>
        <translation>Netto / USt. / Brutto</translation>
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
        <translation>Partner oder Nummer suchen  (Strg+F)</translation>
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
    <message>
        <source>{count} cases</source>
        <translation>{count} Vorgänge</translation>
    </message>
    <message>
        <source>{count}+ cases · counting…</source>
        <translation>{count}+ Vorgänge · wird gezählt…</translation>
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
        <source>(no folder watched)</source>
        <translation>(kein Ordner überwacht)</translation>
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
        <source>Intake folder</source>
        <translation>Eingangsordner</translation>
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
        <source>Used from the next start. Invoices and e-mails are written in each customer&apos;s own language, whatever is chosen here.</source>
        <translation>Gilt ab dem nächsten Start. Rechnungen und E-Mails werden unabhängig davon in der Sprache des jeweiligen Kunden geschrieben.</translation>
    </message>
</context>
</TS>

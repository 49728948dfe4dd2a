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
        <source>Net / VAT / Gross</source>
        <translation>Netto / btw / bruto</translation>
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
    <message>
        <source>{count} cases</source>
        <translation>{count} dossiers</translation>
    </message>
    <message>
        <source>{count}+ cases · counting…</source>
        <translation>{count}+ dossiers · wordt geteld…</translation>
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
        <source>(no folder watched)</source>
        <translation>(geen map bewaakt)</translation>
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
        <source>Intake folder</source>
        <translation>Invoermap</translation>
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
        <source>Used from the next start. Invoices and e-mails are written in each customer&apos;s own language, whatever is chosen here.</source>
        <translation>Geldt vanaf de volgende start. Facturen en e-mails worden, ongeacht deze keuze, in de taal van de klant geschreven.</translation>
    </message>
</context>
</TS>

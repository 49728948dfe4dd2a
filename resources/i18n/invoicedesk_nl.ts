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
        <source>offered on new orders</source>
        <translation>aangeboden bij nieuwe orders</translation>
    </message>
    <message>
        <source>VAT rate %</source>
        <translation>Btw-tarief %</translation>
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
    <message>
        <source>{count} article(s)</source>
        <translation>{count} artikel(en)</translation>
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
        <source>Click to open the invoice PDF</source>
        <translation>Klik om de factuur-pdf te openen</translation>
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
        <source>Step 2 of 2 — {name}: set the rules and fetch</source>
        <translation>Stap 2 van 2 — {name}: regels instellen en ophalen</translation>
    </message>
    <message>
        <source>Fetch orders</source>
        <translation>Orders ophalen</translation>
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
    <message>
        <source>{fetched} orders fetched, {included} to invoice, {total}</source>
        <translation>{fetched} orders opgehaald, {included} te factureren, {total}</translation>
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
    <message>
        <source>{count} invoice</source>
        <translation>{count} factuur</translation>
    </message>
    <message>
        <source>{count} invoices</source>
        <translation>{count} facturen</translation>
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
        <source>Save lines</source>
        <translation>Regels opslaan</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
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
        <source>{lines} lines · {parts} contract invoices merged · editable until it is sent</source>
        <translation>{lines} regels · {parts} contractfacturen samengevoegd · te wijzigen tot verzending</translation>
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
    <message>
        <source>Merge undone: {count} contract invoices are pending again.</source>
        <translation>Samenvoegen ongedaan gemaakt: {count} contractfacturen staan weer open.</translation>
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
        <source>next scheduled send {day}{time} ({count} invoices)</source>
        <translation>volgende geplande verzending {day}{time} ({count} facturen)</translation>
    </message>
    <message>
        <source>⚠ {count} send failures</source>
        <translation>⚠ {count} verzendfouten</translation>
    </message>
    <message>
        <source>⚠ {count} send failure</source>
        <translation>⚠ {count} verzendfout</translation>
    </message>
    <message>
        <source>Issued and queued {count} collective invoices. {error}</source>
        <translation>{count} verzamelfacturen uitgereikt en in de wachtrij gezet. {error}</translation>
    </message>
    <message>
        <source>⚠ scheduler: {error}</source>
        <translation>⚠ planner: {error}</translation>
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
    <message>
        <source>{count} invoices in these months, {new} not taken over yet.</source>
        <translation>{count} facturen in deze maanden, {new} nog niet overgenomen.</translation>
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
        <source>Merged {count} invoices into {collective} collective invoices (stopped).</source>
        <translation>{count} facturen samengevoegd tot {collective} verzamelfacturen (gestopt).</translation>
    </message>
    <message>
        <source>Merged {count} invoices into {collective} collective invoices.</source>
        <translation>{count} facturen samengevoegd tot {collective} verzamelfacturen.</translation>
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
    <name>DraftEditor</name>
    <message>
        <source>Standard VAT</source>
        <translation>Normale btw</translation>
    </message>
    <message>
        <source>Reverse charge (§ 13b UStG / btw verlegd)</source>
        <translation>Btw verlegd (§ 13b UStG)</translation>
    </message>
    <message>
        <source>Tax exempt</source>
        <translation>Vrijgesteld van btw</translation>
    </message>
    <message>
        <source>Intra-EU supply (exempt)</source>
        <translation>Intracommunautaire levering (vrijgesteld)</translation>
    </message>
    <message>
        <source>Export outside the EU (exempt)</source>
        <translation>Export buiten de EU (vrijgesteld)</translation>
    </message>
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
        <source>Tax</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>legal wording printed on the invoice (default if empty)</source>
        <translation>wettelijke tekst op de factuur (standaard indien leeg)</translation>
    </message>
    <message>
        <source>Exemption note</source>
        <translation>Vrijstellingstekst</translation>
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
    <name>ExportCsv</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Which cases should be exported?</source>
        <translation>Welke dossiers wilt u exporteren?</translation>
    </message>
    <message>
        <source>All {count} filtered cases</source>
        <translation>Alle {count} gefilterde dossiers</translation>
    </message>
    <message>
        <source>Selected cases ({count})</source>
        <translation>Geselecteerde dossiers ({count})</translation>
    </message>
    <message>
        <source>Selected case ({count})</source>
        <translation>Geselecteerd dossier ({count})</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting… {count} cases written</source>
        <translation>Exporteren… {count} dossiers geschreven</translation>
    </message>
    <message>
        <source>Exported {count} cases to {path}</source>
        <translation>{count} dossiers geëxporteerd naar {path}</translation>
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
    <name>Intake</name>
    <message>
        <source>{count} file(s) taken in: {ready} ready</source>
        <translation>{count} bestand(en) ingelezen: {ready} gereed</translation>
    </message>
    <message>
        <source>{count} with errors</source>
        <translation>{count} met fouten</translation>
    </message>
    <message>
        <source>{count} possible duplicate(s)</source>
        <translation>{count} mogelijke dubbele</translation>
    </message>
    <message>
        <source>Only PDF and XML invoice files can be taken in.</source>
        <translation>Alleen PDF- en XML-factuurbestanden kunnen worden ingelezen.</translation>
    </message>
    <message>
        <source>Taking in {count} file(s)</source>
        <translation>{count} bestand(en) inlezen</translation>
    </message>
    <message>
        <source>Import supplier invoices</source>
        <translation>Leveranciersfacturen importeren</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.PDF *.xml *.XML);;All files (*)</source>
        <translation>Facturen (*.pdf *.PDF *.xml *.XML);;Alle bestanden (*)</translation>
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
        <source>Import supplier invoices…</source>
        <translation>Leveranciersfacturen importeren…</translation>
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
        <source>Net</source>
        <translation>Netto</translation>
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
    <message>
        <source>&lt;b&gt;{count} collective invoice has no send date&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count} verzamelfactuur heeft geen verzenddatum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} collective invoices have no send date&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count} verzamelfacturen hebben geen verzenddatum&lt;/b&gt;</translation>
    </message>
    <message>
        <source> and will not be sent until they get one.&lt;br&gt;Set the date in a row, or tick rows and set or clear it for all of them. Every change is saved at once.</source>
        <translation> en worden pas verzonden als ze er een krijgen.&lt;br&gt;Stel de datum in een regel in, of vink regels aan en stel hem voor allemaal in of wis hem. Elke wijziging wordt direct opgeslagen.</translation>
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
        <source>Loading orders…</source>
        <translation>Orders laden…</translation>
    </message>
    <message>
        <source>{count} order(s)</source>
        <translation>{count} order(s)</translation>
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
        <source>New invoice…</source>
        <translation>Nieuwe factuur…</translation>
    </message>
    <message>
        <source>New credit note…</source>
        <translation>Nieuwe creditnota…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
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
    <message>
        <source>{name}: {pages} page(s) sent to the printer.</source>
        <translation>{name}: {pages} pagina(&apos;s) naar de printer verstuurd.</translation>
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

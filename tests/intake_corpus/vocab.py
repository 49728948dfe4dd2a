"""The words on the test invoices: labels, sentences and headings in four languages.

``WORDS[key][language]`` is a pair ``(common, held_out)``: the held-out wordings are drawn only
for the held-out part of the corpus. Templates take ``{days}``, ``{rate}``, ``{date}``,
``{iban}`` or ``{number}``.
"""

from __future__ import annotations

Choices = tuple[tuple[str, ...], tuple[str, ...]]

WORDS: dict[str, dict[str, Choices]] = {
    "title": {
        "de": (("Rechnung", "RECHNUNG"), ("Rechnung (Original)",)),
        "en": (("Invoice", "INVOICE"), ("Tax Invoice", "VAT INVOICE")),
        "nl": (("Factuur", "FACTUUR"), ("Verkoopfactuur",)),
        "fr": (("Facture", "FACTURE"), ("Facture originale",)),
    },
    "invoice_number": {
        "de": (("Rechnungsnummer", "Rechnungs-Nr.", "Rechnung Nr.", "Rechnungsnr."),
               ("Rechnungs-Nr:", "Beleg-Nr.", "Rg.-Nr.")),
        "en": (("Invoice number", "Invoice No.", "Invoice #", "Invoice no:"),
               ("Invoice Ref.", "Bill No.", "Document no.")),
        "nl": (("Factuurnummer", "Factuurnr.", "Factuur nr."), ("Factuur-nummer", "Nummer")),
        "fr": (("Numéro de facture", "Facture n°", "N° de facture"),
               ("N° facture", "Facture No")),
    },
    "invoice_date": {
        "de": (("Rechnungsdatum", "Datum"), ("Belegdatum", "Ausstellungsdatum")),
        "en": (("Invoice date", "Date", "Date of issue", "Issue date"),
               ("Invoice Date/Tax Point", "Dated")),
        "nl": (("Factuurdatum", "Datum"), ("Factuur datum", "Datum factuur")),
        "fr": (("Date de facture", "Date", "Date d'émission"),
               ("Date de facturation", "Émise le")),
    },
    "due_date": {
        "de": (("Fällig am", "Zahlbar bis", "Fälligkeitsdatum", "Zahlungsziel"),
               ("Fällig bis", "Bitte überweisen bis")),
        "en": (("Due date", "Payment due", "Due by", "Payable by"),
               ("Pay by", "Please pay by")),
        "nl": (("Vervaldatum", "Uiterste betaaldatum", "Te betalen voor"),
               ("Betalen vóór", "Uiterlijk te betalen op")),
        "fr": (("Échéance", "Date d'échéance", "À payer avant le", "Date limite de paiement"),
               ("À régler avant le", "Date de règlement")),
    },
    "terms": {
        "de": (("Zahlbar innerhalb von {days} Tagen ohne Abzug.", "Zahlungsziel: {days} Tage netto",
                "Bitte zahlen Sie innerhalb von {days} Tagen nach Rechnungsdatum.",
                "Zahlbar innerhalb 10 Tagen mit 2 % Skonto, {days} Tage netto."),
               ("Der Rechnungsbetrag ist innerhalb von {days} Tagen fällig.",
                "Zahlung: {days} Tage rein netto")),
        "en": (("Payment terms: net {days}", "Payable within {days} days.",
                "Please pay within {days} days of the invoice date.",
                "Terms: {days} days"),
               ("Payment is due {days} days from the invoice date.",
                "Settlement within {days} days, no deduction.")),
        "nl": (("Betaling binnen {days} dagen.", "Te betalen binnen {days} dagen na factuurdatum.",
                "Betalingstermijn: {days} dagen"),
               ("Gelieve binnen {days} dagen te betalen.", "Betaaltermijn {days} dagen netto")),
        "fr": (("Paiement à {days} jours.", "Payable à {days} jours date de facture.",
                "Conditions de paiement : {days} jours net"),
               ("Règlement sous {days} jours.", "Délai de paiement : {days} jours")),
    },
    "customer_number": {
        "de": (("Kundennummer", "Kunden-Nr."), ("Debitor",)),
        "en": (("Customer number", "Customer No.", "Account number"), ("Client ID",)),
        "nl": (("Klantnummer", "Debiteurnummer"), ("Klant nr.",)),
        "fr": (("N° client", "Code client"), ("Référence client",)),
    },
    "order_number": {
        "de": (("Auftragsnummer", "Bestellnummer", "Ihre Bestellung"), ("Lieferschein-Nr.",)),
        "en": (("Order number", "Your order", "PO number"), ("Delivery note no.",)),
        "nl": (("Ordernummer", "Bestelnummer", "Uw referentie"), ("Pakbonnummer",)),
        "fr": (("N° de commande", "Votre commande"), ("Bon de livraison n°",)),
    },
    "order_date": {
        "de": (("Bestelldatum", "Auftragsdatum"), ("Ihre Bestellung vom",)),
        "en": (("Order date",), ("Ordered on",)),
        "nl": (("Orderdatum", "Besteldatum"), ("Besteld op",)),
        "fr": (("Date de commande",), ("Commandé le",)),
    },
    "delivery_date": {
        "de": (("Lieferdatum", "Leistungsdatum"), ("Liefertermin",)),
        "en": (("Delivery date", "Date of supply"), ("Shipped",)),
        "nl": (("Leverdatum", "Afleverdatum"), ("Geleverd op",)),
        "fr": (("Date de livraison",), ("Livré le",)),
    },
    "print_date": {
        "de": (("Druckdatum",), ("Erstellt am",)),
        "en": (("Printed",), ("Generated on",)),
        "nl": (("Afdrukdatum",), ("Gemaakt op",)),
        "fr": (("Imprimé le",), ("Édité le",)),
    },
    "net": {
        "de": (("Nettobetrag", "Summe netto", "Gesamt netto", "Netto"), ("Warenwert netto",)),
        "en": (("Net amount", "Total net", "Total excl. VAT", "Net total"),
               ("Amount before tax", "Total exclusive of VAT")),
        "nl": (("Totaal excl. btw", "Bedrag excl. BTW", "Netto bedrag"),
               ("Totaal exclusief BTW",)),
        "fr": (("Total HT", "Montant HT"), ("Total hors taxes",)),
    },
    "subtotal": {
        "de": (("Zwischensumme",), ("Summe Positionen",)),
        "en": (("Subtotal",), ("Sum of items",)),
        "nl": (("Subtotaal",), ("Totaal artikelen",)),
        "fr": (("Sous-total",), ("Total articles",)),
    },
    "discount": {
        "de": (("Rabatt {rate} %", "abzgl. {rate} % Nachlass"), ("Sonderrabatt {rate} %",)),
        "en": (("Discount {rate}%", "Less {rate}% discount"), ("Loyalty discount {rate}%",)),
        "nl": (("Korting {rate}%",), ("Kwantumkorting {rate}%",)),
        "fr": (("Remise {rate} %",), ("Escompte commercial {rate} %",)),
    },
    "shipping": {
        "de": (("Versandkosten", "Fracht"), ("Verpackung und Versand",)),
        "en": (("Shipping", "Delivery charge"), ("Carriage",)),
        "nl": (("Verzendkosten",), ("Transportkosten",)),
        "fr": (("Frais de port",), ("Frais d'expédition",)),
    },
    "tax": {
        "de": (("MwSt. {rate} %", "zzgl. {rate} % USt.", "Umsatzsteuer {rate} %", "{rate} % MwSt."),
               ("USt {rate}%",)),
        "en": (("VAT {rate}%", "VAT @ {rate}%", "Tax ({rate}%)"), ("Plus VAT at {rate}%",)),
        "nl": (("BTW {rate}%", "{rate}% btw"), ("Omzetbelasting {rate}%",)),
        "fr": (("TVA {rate} %", "TVA ({rate}%)"), ("Montant TVA à {rate} %",)),
    },
    "gross": {
        "de": (("Gesamtbetrag", "Rechnungsbetrag", "Bruttobetrag", "Endbetrag", "Summe brutto"),
               ("Gesamtsumme inkl. MwSt.",)),
        "en": (("Total", "Invoice total", "Total incl. VAT", "Grand total"),
               ("Total including VAT", "Total payable")),
        "nl": (("Totaal", "Totaal incl. btw", "Factuurbedrag"), ("Totaalbedrag incl. BTW",)),
        "fr": (("Total TTC", "Montant TTC"), ("Total toutes taxes comprises",)),
    },
    "prepaid": {
        "de": (("abzgl. Anzahlung vom {date}", "bereits bezahlt"), ("Abschlag erhalten",)),
        "en": (("Less deposit paid {date}", "Amount paid"), ("Payment received",)),
        "nl": (("Aanbetaling {date}", "Reeds betaald"), ("Vooruitbetaald",)),
        "fr": (("Acompte versé le {date}", "Déjà réglé"), ("Acompte reçu",)),
    },
    "amount_due": {
        "de": (("Noch zu zahlen", "Restbetrag", "Zahlbetrag"), ("Offener Betrag",)),
        "en": (("Amount due", "Balance due"), ("Remaining balance",)),
        "nl": (("Te betalen", "Openstaand bedrag"), ("Nog te voldoen",)),
        "fr": (("Net à payer", "Reste à payer"), ("Solde dû",)),
    },
    "vat_id": {
        "de": (("USt-IdNr.", "USt-ID:", "Umsatzsteuer-ID"), ("UID-Nr.",)),
        "en": (("VAT Reg. No.", "VAT No.", "VAT number"), ("VAT registration",)),
        "nl": (("BTW-nummer", "BTW nr.", "Btw-id"), ("Omzetbelastingnummer",)),
        "fr": (("N° TVA intracommunautaire", "TVA intracom.", "N° TVA"), ("Identifiant TVA",)),
    },
    "buyer_vat_id": {
        "de": (("Ihre USt-IdNr.", "USt-IdNr. des Kunden"), ("Kunden-UID",)),
        "en": (("Customer VAT No.", "Your VAT number"), ("Buyer VAT ID",)),
        "nl": (("Uw BTW-nummer", "BTW-nummer klant"), ("Btw-id afnemer",)),
        "fr": (("N° TVA client", "Votre n° TVA"), ("TVA de l'acheteur",)),
    },
    "bill_to": {
        "de": (("Rechnungsadresse", "Rechnungsempfänger", "Kunde"), ("Empfänger",)),
        "en": (("Bill to", "Invoice to", "Customer"), ("Sold to",)),
        "nl": (("Factuuradres", "Klant"), ("Gefactureerd aan",)),
        "fr": (("Facturé à", "Adresse de facturation", "Client"), ("Destinataire",)),
    },
    "ship_to": {
        "de": (("Lieferadresse", "Lieferanschrift"), ("Versand an",)),
        "en": (("Ship to", "Delivery address"), ("Deliver to",)),
        "nl": (("Afleveradres", "Leveradres"), ("Verzenden naar",)),
        "fr": (("Adresse de livraison", "Livré à"), ("Expédié à",)),
    },
    "bank": {
        "de": (("Bankverbindung", "Bank"), ("Kreditinstitut",)),
        "en": (("Bank details", "Bank"), ("Remit to",)),
        "nl": (("Bankgegevens", "Bank"), ("Betaalgegevens",)),
        "fr": (("Coordonnées bancaires", "Banque"), ("Règlement par virement",)),
    },
    "direct_debit": {
        "de": (("Der Betrag wird von Ihrem Konto {iban} abgebucht.",), ()),
        "en": (("The amount will be debited from your account {iban}.",), ()),
        "nl": (("Het bedrag wordt afgeschreven van uw rekening {iban}.",), ()),
        "fr": (("Le montant sera prélevé sur votre compte {iban}.",), ()),
    },
    "currency_note": {
        "de": (("Alle Beträge in {code}",), ()),
        "en": (("All amounts in {code}",), ()),
        "nl": (("Alle bedragen in {code}",), ()),
        "fr": (("Montants exprimés en {code}",), ()),
    },
    "page": {
        "de": (("Seite 1 von 1",), ()),
        "en": (("Page 1 of 1",), ()),
        "nl": (("Pagina 1 van 1",), ()),
        "fr": (("Page 1 / 1",), ()),
    },
    "thanks": {
        "de": (("Vielen Dank für Ihren Auftrag!", "Wir danken für Ihr Vertrauen."), ()),
        "en": (("Thank you for your business.", "We appreciate your order."), ()),
        "nl": (("Bedankt voor uw bestelling.", "Hartelijk dank voor uw vertrouwen."), ()),
        "fr": (("Merci de votre confiance.", "Nous vous remercions de votre commande."), ()),
    },
    "col_pos": {"de": (("Pos.",), ()), "en": (("No.",), ()), "nl": (("Nr.",), ()),
                "fr": (("N°",), ())},
    "col_desc": {"de": (("Bezeichnung", "Beschreibung"), ()),
                 "en": (("Description", "Item"), ()),
                 "nl": (("Omschrijving", "Artikel"), ()),
                 "fr": (("Désignation", "Description"), ())},
    "col_qty": {"de": (("Menge",), ()), "en": (("Qty",), ()), "nl": (("Aantal",), ()),
                "fr": (("Qté",), ())},
    "col_price": {"de": (("Einzelpreis",), ()), "en": (("Unit price",), ()),
                  "nl": (("Prijs",), ()), "fr": (("Prix unitaire",), ())},
    "col_amount": {"de": (("Gesamt", "Betrag"), ()), "en": (("Amount",), ()),
                   "nl": (("Bedrag",), ()), "fr": (("Montant",), ())},
    "phone": {"de": (("Tel.",), ()), "en": (("Phone",), ()), "nl": (("Tel.",), ()),
              "fr": (("Tél.",), ())},
    "managing": {"de": (("Geschäftsführer",), ()), "en": (("Director",), ()),
                 "nl": (("Directeur",), ()), "fr": (("Gérant",), ())},
}  # fmt: skip

ITEMS: dict[str, tuple[str, ...]] = {
    "de": ("Bremsscheibe vorn belüftet", "Ölfilter mit Dichtring", "Werkstattstunde Mechanik",
           "Reifenmontage je Rad", "Wartungspauschale März", "Druckerpapier A4, 5 Pack",
           "Softwarelizenz Jahresabo", "Beratung vor Ort", "Hydraulikschlauch 1,5 m",
           "Montagematerial", "Fahrzeugaufbereitung innen", "Ersatzteil Lichtmaschine"),
    "en": ("Front brake disc", "Oil filter with seal", "Workshop labour", "Tyre fitting per wheel",
           "Monthly maintenance fee", "Copy paper A4, 5 reams", "Software licence, annual",
           "On-site consulting", "Hydraulic hose 1.5 m", "Fixings and sundries",
           "Interior valeting", "Replacement alternator"),
    "nl": ("Remschijf voor", "Oliefilter met ring", "Werkplaatsuur", "Bandenmontage per wiel",
           "Onderhoud maart", "Kopieerpapier A4, 5 pakken", "Softwarelicentie jaar",
           "Advies op locatie", "Hydrauliekslang 1,5 m", "Bevestigingsmateriaal",
           "Interieurreiniging", "Dynamo revisie"),
    "fr": ("Disque de frein avant", "Filtre à huile avec joint", "Main-d'œuvre atelier",
           "Montage pneu par roue", "Forfait entretien mars", "Papier A4, 5 ramettes",
           "Licence logiciel annuelle", "Conseil sur site", "Flexible hydraulique 1,5 m",
           "Petit matériel de fixation", "Nettoyage intérieur", "Alternateur échange standard"),
}  # fmt: skip


def word(key: str, language: str, rng: object, holdout: bool) -> str:
    """One wording of ``key`` in ``language`` for this part of the corpus (see :func:`pick`)."""
    common, held = WORDS[key][language]
    choose = rng.choice  # type: ignore[attr-defined]
    if holdout and held and rng.random() < 0.6:  # type: ignore[attr-defined]
        return str(choose(held))
    return str(choose(common))

"""E-invoice XML: the CII writer, the Factur-X PDF and the validation against XSD and schematron."""

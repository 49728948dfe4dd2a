"""Web-shop connectors: fetch customers, articles, shipping methods and orders from a shop as
plain records (:mod:`invoicedesk.shop.interface`); the import service stores them."""

"""The order business: articles, sales orders, shop connections."""

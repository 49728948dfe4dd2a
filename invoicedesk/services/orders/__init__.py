"""Articles, sales orders, delivery notes and the shop import."""

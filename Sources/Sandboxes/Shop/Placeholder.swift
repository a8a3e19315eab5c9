enum ShopPlaceholder {}

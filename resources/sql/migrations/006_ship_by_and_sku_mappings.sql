-- When an order must leave the warehouse: the marketplace's ship-by date (eBay shipByDate, Amazon's latest
-- ship date, Shopify's fulfillBy), or, when it gives none, the date placed plus the default handling time
-- (ship_by_estimated says which). The To ship view lists open orders by it.
ALTER TABLE orders ADD COLUMN ship_by_at BIGINT;
ALTER TABLE orders ADD COLUMN ship_by_estimated ${BOOL} NOT NULL DEFAULT TRUE;
UPDATE orders SET ship_by_at = marketplace_created_at + 172800000;
CREATE INDEX ix_orders_to_ship ON orders (ship_by_at, id) WHERE status IN ('OPEN', 'PARTIALLY_SHIPPED');

-- The marketplace's own id of what a line sold (eBay legacy item id, Amazon ASIN, Shopify variant): a line
-- that comes without a SKU is matched to one by a person once, per account and item, and every later order of
-- that item gets the SKU as it is stored.
ALTER TABLE order_items ADD COLUMN marketplace_item_id TEXT;
CREATE TABLE sku_mappings (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    marketplace_item_id TEXT NOT NULL,
    sku TEXT NOT NULL CHECK (sku <> ''),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, marketplace_item_id)
);

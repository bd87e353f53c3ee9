-- Order lines that wait for stock, and why: Needs attention follows them. A line of an open order without a
-- reservation waits ('no-sku': no SKU to reserve; 'short': not enough available when it was last tried;
-- 'count': a stock count below what was reserved released it; 'released': a person released it by hand, and
-- it is reserved again only by hand). Waiting lines are reserved again, oldest order first, whenever the
-- availability of their SKU rises.
ALTER TABLE order_items ADD COLUMN waiting_reason TEXT;
UPDATE order_items SET waiting_reason = CASE WHEN sku IS NULL OR sku = '' THEN 'no-sku' ELSE 'short' END
    WHERE allocated_location_id IS NULL AND order_id IN (SELECT id FROM orders WHERE status = 'OPEN');
CREATE INDEX ix_order_items_waiting ON order_items (sku, order_id) WHERE allocated_location_id IS NULL;

-- What the marketplace's own data flagged (a state this build does not know, a line without SKU, items Amazon
-- withholds), kept apart from stock: needs_attention is this, or a waiting line, and never for an order that is
-- shipped or cancelled.
ALTER TABLE orders ADD COLUMN marketplace_attention ${BOOL} NOT NULL DEFAULT FALSE;
UPDATE orders SET marketplace_attention = needs_attention;
UPDATE orders SET needs_attention = FALSE WHERE status IN ('SHIPPED', 'CANCELLED');

-- A notification's words are rendered when it is shown, in the language of the app then, from its kind and
-- these arguments (JSON: house, marketplace, times in UTC, counts, errors); title and body keep what it said when
-- raised, for kinds a build does not know.
ALTER TABLE notifications ADD COLUMN args TEXT;

-- The warehouse's own note on an order (notes is what the marketplace says: the buyer's message). Syncs never
-- touch it.
ALTER TABLE orders ADD COLUMN warehouse_note TEXT;

-- Order review and fulfilment: what the orders pane sorts and searches by, each order's timeline, the local
-- actions waiting in the outbox, and the outbox's link to its order.

-- Keyset paging sorts by (key, id): every sort key needs a time, so an order without one takes its import time.
UPDATE orders SET marketplace_created_at = imported_at WHERE marketplace_created_at IS NULL;
DROP INDEX ix_orders_status;
DROP INDEX ix_orders_house;
DROP INDEX ix_orders_created;
CREATE INDEX ix_orders_created ON orders (marketplace_created_at, id);
CREATE INDEX ix_orders_status ON orders (status, marketplace_created_at, id);
CREATE INDEX ix_orders_house ON orders (house_name, marketplace_created_at, id);
CREATE INDEX ix_orders_account ON orders (account_id, marketplace_created_at, id);
CREATE INDEX ix_orders_total ON orders (total_minor, id);
CREATE INDEX ix_orders_external ON orders (external_id);

-- A ship or cancel the warehouse asked for, while it waits in the outbox ('order.ship', 'order.cancel'), and
-- why the last one did not go through (a conflict with the marketplace, a refusal). Syncs never touch them.
ALTER TABLE orders ADD COLUMN pending_action TEXT;
ALTER TABLE orders ADD COLUMN action_error TEXT;
-- When the order's pick list was printed and when it was packed (local warehouse steps).
ALTER TABLE orders ADD COLUMN picked_at BIGINT;
ALTER TABLE orders ADD COLUMN packed_at BIGINT;

-- The timeline of an order: status changes (written by the database itself, whoever changed the status) and
-- the warehouse's own steps.
CREATE TABLE order_events (
    id ${ID},
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    occurred_at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT,
    detail TEXT
);
CREATE INDEX ix_order_events_order ON order_events (order_id, occurred_at);

-- The outbox entry's order (for the order's details and its conflicts), what the marketplace answered,
-- whether an earlier attempt may have reached the marketplace (the app stopped mid-send, or the answer was
-- lost): such an entry is looked up on the marketplace before it is sent again; and which Marketdesk is sending
-- it (workstations sharing a PostgreSQL server each run a sender: an entry is claimed by one of them).
ALTER TABLE outbox ADD COLUMN order_id BIGINT REFERENCES orders (id) ON DELETE CASCADE;
ALTER TABLE outbox ADD COLUMN result TEXT;
ALTER TABLE outbox ADD COLUMN verify_first ${BOOL} NOT NULL DEFAULT FALSE;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
CREATE INDEX ix_outbox_order ON outbox (order_id);
CREATE INDEX ix_outbox_account_state ON outbox (account_id, state, id);

-- Free-text search over order number, marketplace id, buyer, SKUs and tracking number. The repository writes
-- each order's terms (letters and digits, lower case, without accents) when it stores the order; the orders
-- already stored get theirs here, split the same way (on PostgreSQL accents stay until the order is synced
-- again: unaccent is an extension Marketdesk cannot count on).
-- @sqlite
CREATE VIRTUAL TABLE orders_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER tr_orders_fts_delete AFTER DELETE ON orders BEGIN DELETE FROM orders_fts WHERE rowid = old.id; END;
INSERT INTO orders_fts (rowid, terms) SELECT o.id, lower(COALESCE(o.order_number, '') || ' ' || o.external_id || ' ' || COALESCE(o.buyer_name, '') || ' ' || COALESCE(o.buyer_username, '') || ' ' || COALESCE(o.buyer_email, '') || ' ' || COALESCE(o.tracking_number, '') || ' ' || COALESCE((SELECT group_concat(i.sku, ' ') FROM order_items i WHERE i.order_id = o.id), '')) FROM orders o;
CREATE TRIGGER tr_orders_status AFTER UPDATE OF status ON orders WHEN old.status IS NOT new.status BEGIN INSERT INTO order_events (order_id, occurred_at, kind, status, detail) VALUES (new.id, new.updated_at, 'STATUS', new.status, old.status); END;
-- @end
-- @postgresql
CREATE TABLE order_search (
    order_id BIGINT PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    terms TEXT NOT NULL,
    document tsvector GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED
);
CREATE INDEX ix_order_search_document ON order_search USING GIN (document);
INSERT INTO order_search (order_id, terms) SELECT o.id, regexp_replace(lower(COALESCE(o.order_number, '') || ' ' || o.external_id || ' ' || COALESCE(o.buyer_name, '') || ' ' || COALESCE(o.buyer_username, '') || ' ' || COALESCE(o.buyer_email, '') || ' ' || COALESCE(o.tracking_number, '') || ' ' || COALESCE((SELECT string_agg(i.sku, ' ') FROM order_items i WHERE i.order_id = o.id), '')), '[^[:alnum:]]+', ' ', 'g') FROM orders o;
CREATE FUNCTION md_order_status_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_events (order_id, occurred_at, kind, status, detail)
        VALUES (NEW.id, NEW.updated_at, 'STATUS', NEW.status, OLD.status);
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_orders_status AFTER UPDATE OF status ON orders FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION md_order_status_event();
-- @end

-- Marketdesk schema, version 1: the whole product, so that later work extends rather than redesigns.
-- Conventions: times are UTC as BIGINT milliseconds since the epoch (columns ending in _at); money is BIGINT
-- minor units beside an ISO 4217 currency (columns ending in _minor); JSON is TEXT; secrets are never stored.
-- ${ID}, ${BOOL}, ${BLOB} and ${NOCASE} are filled in by SqlDialect.

CREATE TABLE locations (
    id ${ID},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active ${BOOL} NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE accounts (
    id ${ID},
    provider TEXT NOT NULL CHECK (provider IN ('ebay', 'shopify', 'amazon', 'facebook', 'offerup')),
    environment TEXT NOT NULL CHECK (environment IN ('production', 'sandbox')),
    house_name TEXT NOT NULL CHECK (length(house_name) BETWEEN 1 AND 64),
    purpose TEXT NOT NULL DEFAULT 'SELLER' CHECK (purpose IN ('BUYER', 'SELLER', 'BOTH')),
    external_user_id TEXT NOT NULL,
    username TEXT,
    marketplace_id TEXT,
    site_id TEXT,
    shop_domain TEXT,
    active ${BOOL} NOT NULL DEFAULT TRUE,
    default_location_id BIGINT REFERENCES locations (id) ON DELETE SET NULL,
    connected_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (provider, environment, external_user_id)
);
-- A house name names one active account; an inactive one keeps its name for history.
CREATE UNIQUE INDEX ux_accounts_active_house ON accounts (lower(house_name)) WHERE active;

CREATE TABLE token_metadata (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    access_expires_at BIGINT,
    refresh_expires_at BIGINT,
    reauth_due_at BIGINT,
    last_refreshed_at BIGINT,
    last_refresh_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

CREATE TABLE account_scopes (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, scope)
);

CREATE TABLE sync_cursors (
    id ${ID},
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    resource TEXT NOT NULL,
    checkpoint TEXT NOT NULL DEFAULT '{}',
    last_success_at BIGINT,
    error_streak INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    updated_at BIGINT NOT NULL,
    UNIQUE (account_id, resource)
);

CREATE TABLE health_events (
    id ${ID},
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    occurred_at BIGINT NOT NULL,
    healthy ${BOOL} NOT NULL,
    http_status INTEGER,
    ack TEXT,
    error_code TEXT,
    error_message TEXT,
    response_ms INTEGER
);
CREATE INDEX ix_health_events_account_time ON health_events (account_id, occurred_at);
CREATE INDEX ix_health_events_time ON health_events (occurred_at);

CREATE TABLE messages (
    id ${ID},
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    thread_id TEXT,
    direction TEXT NOT NULL CHECK (direction IN ('IN', 'OUT')),
    sender TEXT,
    recipient TEXT,
    subject TEXT,
    body TEXT,
    order_external_id TEXT,
    is_read ${BOOL} NOT NULL DEFAULT FALSE,
    sent_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (account_id, external_id)
);
CREATE INDEX ix_messages_account_sent ON messages (account_id, sent_at);

CREATE TABLE stock_items (
    id ${ID},
    sku TEXT NOT NULL,
    location_id BIGINT NOT NULL REFERENCES locations (id),
    on_hand INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at BIGINT NOT NULL,
    UNIQUE (sku, location_id),
    -- The database itself refuses to reserve stock that is not there: no oversell, whatever the code does.
    CHECK (reserved <= on_hand)
);

CREATE TABLE stock_ledger (
    id ${ID},
    sku TEXT NOT NULL,
    location_id BIGINT NOT NULL REFERENCES locations (id),
    on_hand_delta INTEGER NOT NULL DEFAULT 0,
    reserved_delta INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL CHECK (reason IN ('ORDER_IMPORT', 'SHIP', 'CANCEL', 'RETURN', 'ADJUSTMENT')),
    reference TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_stock_ledger_sku_location ON stock_ledger (sku, location_id, created_at);

CREATE TABLE listings (
    id ${ID},
    sku TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT,
    item_condition TEXT,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    price_minor BIGINT NOT NULL DEFAULT 0,
    quantity INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE listing_offers (
    id ${ID},
    listing_id BIGINT NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    external_offer_id TEXT,
    external_listing_id TEXT,
    status TEXT NOT NULL DEFAULT 'DRAFT',
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    price_minor BIGINT NOT NULL DEFAULT 0,
    quantity INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    url TEXT,
    last_synced_at BIGINT,
    updated_at BIGINT NOT NULL,
    UNIQUE (listing_id, account_id)
);
CREATE UNIQUE INDEX ux_listing_offers_external ON listing_offers (account_id, external_offer_id)
    WHERE external_offer_id IS NOT NULL;

CREATE TABLE orders (
    id ${ID},
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    house_name TEXT NOT NULL,
    external_id TEXT NOT NULL,
    order_number TEXT,
    status TEXT NOT NULL,
    payment_status TEXT,
    fulfillment_status TEXT,
    needs_attention ${BOOL} NOT NULL DEFAULT FALSE,
    buyer_name TEXT,
    buyer_email TEXT,
    buyer_username TEXT,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    subtotal_minor BIGINT NOT NULL DEFAULT 0,
    tax_minor BIGINT NOT NULL DEFAULT 0,
    shipping_minor BIGINT NOT NULL DEFAULT 0,
    discount_minor BIGINT NOT NULL DEFAULT 0,
    total_minor BIGINT NOT NULL DEFAULT 0,
    shipping_address TEXT,
    billing_address TEXT,
    carrier TEXT,
    tracking_number TEXT,
    notes TEXT,
    marketplace_created_at BIGINT,
    marketplace_updated_at BIGINT,
    imported_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (account_id, external_id)
);
CREATE INDEX ix_orders_created ON orders (marketplace_created_at, id);
CREATE INDEX ix_orders_status ON orders (status, marketplace_created_at);
CREATE INDEX ix_orders_house ON orders (house_name, marketplace_created_at);
CREATE INDEX ix_orders_tracking ON orders (tracking_number);
CREATE INDEX ix_orders_number ON orders (order_number);

CREATE TABLE order_items (
    id ${ID},
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    external_line_id TEXT NOT NULL,
    sku TEXT,
    title TEXT,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor BIGINT NOT NULL DEFAULT 0,
    allocated_location_id BIGINT REFERENCES locations (id) ON DELETE SET NULL,
    UNIQUE (order_id, external_line_id)
);
CREATE INDEX ix_order_items_sku ON order_items (sku);

CREATE TABLE returns (
    id ${ID},
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    house_name TEXT NOT NULL,
    order_id BIGINT REFERENCES orders (id) ON DELETE SET NULL,
    external_id TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    buyer_comment TEXT,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    refund_minor BIGINT NOT NULL DEFAULT 0,
    opened_at BIGINT,
    updated_at BIGINT NOT NULL,
    UNIQUE (account_id, external_id)
);
CREATE INDEX ix_returns_opened ON returns (opened_at, id);

CREATE TABLE return_items (
    id ${ID},
    return_id BIGINT NOT NULL REFERENCES returns (id) ON DELETE CASCADE,
    order_item_id BIGINT REFERENCES order_items (id) ON DELETE SET NULL,
    sku TEXT,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    item_condition TEXT,
    restock ${BOOL} NOT NULL DEFAULT FALSE,
    refund_minor BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE saved_searches (
    id ${ID},
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    query TEXT NOT NULL,
    filters TEXT NOT NULL DEFAULT '{}',
    interval_minutes INTEGER NOT NULL DEFAULT 60 CHECK (interval_minutes > 0),
    active ${BOOL} NOT NULL DEFAULT TRUE,
    last_run_at BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE saved_search_hits (
    id ${ID},
    saved_search_id BIGINT NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
    external_item_id TEXT NOT NULL,
    title TEXT,
    currency TEXT,
    price_minor BIGINT,
    url TEXT,
    seen ${BOOL} NOT NULL DEFAULT FALSE,
    found_at BIGINT NOT NULL,
    UNIQUE (saved_search_id, external_item_id)
);

CREATE TABLE notifications (
    id ${ID},
    account_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'ERROR')),
    episode_key TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    read_at BIGINT
);
-- One open notification per episode: an alert fires once, not every cycle.
CREATE UNIQUE INDEX ux_notifications_open_episode ON notifications (episode_key) WHERE resolved_at IS NULL;
CREATE INDEX ix_notifications_created ON notifications (created_at);

CREATE TABLE outbox (
    id ${ID},
    idempotency_key TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'PENDING'
        CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CONFLICT', 'CANCELLED')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_attempt_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ix_outbox_state ON outbox (state, id);

CREATE TABLE activity_log (
    id ${ID},
    occurred_at BIGINT NOT NULL,
    account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT,
    subject_id TEXT,
    details TEXT
);
CREATE INDEX ix_activity_log_time ON activity_log (occurred_at);

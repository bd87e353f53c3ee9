-- @foreign-keys-off
-- An account's marketplace is any registered marketplace's key, not one of five names written into the schema:
-- adding a marketplace is its folder and its registration line, with no migration. The key is still checked to
-- be a lower-case word. SQLite cannot change a CHECK in place, so the table is rebuilt as its documentation
-- describes (foreign keys off around the step, checked before the commit); PostgreSQL swaps the constraint.
-- @sqlite
CREATE TABLE accounts_rebuilt (
    id ${ID},
    provider TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 32 AND provider NOT GLOB '*[^a-z0-9-]*'),
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
INSERT INTO accounts_rebuilt (id, provider, environment, house_name, purpose, external_user_id, username,
                              marketplace_id, site_id, shop_domain, active, default_location_id, connected_at,
                              created_at, updated_at)
SELECT id, provider, environment, house_name, purpose, external_user_id, username, marketplace_id, site_id,
       shop_domain, active, default_location_id, connected_at, created_at, updated_at FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_rebuilt RENAME TO accounts;
CREATE UNIQUE INDEX ux_accounts_active_house ON accounts (lower(house_name)) WHERE active;
-- @end
-- @postgresql
ALTER TABLE accounts DROP CONSTRAINT accounts_provider_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_provider_check
    CHECK (length(provider) BETWEEN 1 AND 32 AND provider ~ '^[a-z0-9-]+$');
-- @end

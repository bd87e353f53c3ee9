-- Orders a marketplace sent that Marketdesk could not read (a bad amount, a time without a zone…): kept with
-- their raw body and the reason, shown to a person, and dropped once a later sync reads the order fine.
CREATE TABLE order_quarantine (
    id ${ID},
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    raw_body TEXT NOT NULL,
    error TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (account_id, external_id)
);

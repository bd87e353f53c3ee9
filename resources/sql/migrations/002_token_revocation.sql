-- When the marketplace refused an account's refresh token (invalid_grant, or 401 on refresh). The account
-- stays revoked until it is reconnected; refreshing is not retried meanwhile.
ALTER TABLE token_metadata ADD COLUMN revoked_at BIGINT;

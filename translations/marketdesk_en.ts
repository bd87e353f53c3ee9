<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>md::AccountRepository</name>
    <message>
        <source>An account for this marketplace user, or an active account named &quot;%1&quot;, already exists.</source>
        <translation>An account for this marketplace user, or an active account named &quot;%1&quot;, already exists.</translation>
    </message>
</context>
<context>
    <name>md::AccountService</name>
    <message>
        <source>Give the account a house name, such as &quot;Warehouse-A&quot;.</source>
        <translation>Give the account a house name, such as &quot;Warehouse-A&quot;.</translation>
    </message>
    <message>
        <source>A house name has at most 64 characters.</source>
        <translation>A house name has at most 64 characters.</translation>
    </message>
    <message>
        <source>An active account is already called &quot;%1&quot;. Choose another house name.</source>
        <translation>An active account is already called &quot;%1&quot;. Choose another house name.</translation>
    </message>
    <message>
        <source>This account is no longer stored.</source>
        <translation>This account is no longer stored.</translation>
    </message>
    <message>
        <source>Rename the house first, then reactivate it.</source>
        <translation>Rename the house first, then reactivate it.</translation>
    </message>
    <message>
        <source>The tokens of %1 could not be deleted from the keychain, so the account was kept: %2</source>
        <translation>The tokens of %1 could not be deleted from the keychain, so the account was kept: %2</translation>
    </message>
</context>
<context>
    <name>md::AccountStatus</name>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Keychain unavailable</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Revoked — reconnect</source>
        <translation>Revoked — reconnect</translation>
    </message>
    <message>
        <source>Refresh failing</source>
        <translation>Refresh failing</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Re-authorization due</source>
        <translation>Re-authorization due</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
</context>
<context>
    <name>md::AccountsModel</name>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Marketplace user</source>
        <translation>Marketplace user</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Marketplace ID</source>
        <translation>Marketplace ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Access token expires</translation>
    </message>
    <message>
        <source>Re-authorization due</source>
        <translation>Re-authorization due</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Last health check</translation>
    </message>
    <message>
        <source>%1 — OK, %2 ms</source>
        <translation>%1 — OK, %2 ms</translation>
    </message>
    <message>
        <source>%1 — failed (%2)</source>
        <translation>%1 — failed (%2)</translation>
    </message>
    <message>
        <source>Manual — no API</source>
        <translation>Manual — no API</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>revoked — reconnect</source>
        <translation>revoked — reconnect</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>md::AmazonClient</name>
    <message>
        <source>Amazon refused the sign-in answer (it was already used or has expired). Start connecting the account again.</source>
        <translation>Amazon refused the sign-in answer (it was already used or has expired). Start connecting the account again.</translation>
    </message>
    <message>
        <source>Amazon did not accept Marketdesk&apos;s app keys. Check the LWA client id and secret.</source>
        <translation>Amazon did not accept Marketdesk&apos;s app keys. Check the LWA client id and secret.</translation>
    </message>
    <message>
        <source>Login with Amazon could not be completed: %1</source>
        <translation>Login with Amazon could not be completed: %1</translation>
    </message>
    <message>
        <source>Amazon&apos;s answer held no access or refresh token.</source>
        <translation>Amazon&apos;s answer held no access or refresh token.</translation>
    </message>
    <message>
        <source>Amazon&apos;s answer did not name the selling partner.</source>
        <translation>Amazon&apos;s answer did not name the selling partner.</translation>
    </message>
    <message>
        <source>Amazon did not confirm the seller account: %1</source>
        <translation>Amazon did not confirm the seller account: %1</translation>
    </message>
</context>
<context>
    <name>md::AmazonFulfilment</name>
    <message>
        <source>Amazon says the order was cancelled meanwhile.</source>
        <translation>Amazon says the order was cancelled meanwhile.</translation>
    </message>
    <message>
        <source>Amazon does not let apps cancel orders; cancel it in Seller Central.</source>
        <translation>Amazon does not let apps cancel orders; cancel it in Seller Central.</translation>
    </message>
</context>
<context>
    <name>md::AmazonOrders</name>
    <message>
        <source>it has no orderId</source>
        <translation>it has no orderId</translation>
    </message>
    <message>
        <source>it has no grand total</source>
        <translation>it has no grand total</translation>
    </message>
    <message>
        <source>an amount is in %1, the total in %2</source>
        <translation>an amount is in %1, the total in %2</translation>
    </message>
</context>
<context>
    <name>md::Application</name>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Marketdesk cannot start</source>
        <translation>Marketdesk cannot start</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Connect account</translation>
    </message>
    <message>
        <source>The demo marketplace is still starting. Try again in a moment.</source>
        <translation>The demo marketplace is still starting. Try again in a moment.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable or locked, so accounts cannot sign in to their marketplaces. Local data stays available, and nothing secret is written anywhere else. Unlock the keychain (or start its service), then choose Retry.</source>
        <translation>The system keychain is unavailable or locked, so accounts cannot sign in to their marketplaces. Local data stays available, and nothing secret is written anywhere else. Unlock the keychain (or start its service), then choose Retry.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>Refreshing the token of %1…</translation>
    </message>
    <message>
        <source>Refreshed the token of %1.</source>
        <translation>Refreshed the token of %1.</translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation>Refreshing %1 failed: %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Reactivate account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Rename house</source>
        <translation>Rename house</translation>
    </message>
    <message>
        <source>Change purpose</source>
        <translation>Change purpose</translation>
    </message>
    <message>
        <source>Forget account</source>
        <translation>Forget account</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>The client secret was not stored: %1</source>
        <translation>The client secret was not stored: %1</translation>
    </message>
    <message>
        <source>Demo marketplace at %1</source>
        <translation>Demo marketplace at %1</translation>
    </message>
    <message>
        <source>Syncing the orders of %1: %2 so far…</source>
        <translation>Syncing the orders of %1: %2 so far…</translation>
    </message>
    <message>
        <source>Syncing %1 accounts: %2 orders so far…</source>
        <translation>Syncing %1 accounts: %2 orders so far…</translation>
    </message>
    <message>
        <source>Rewind order sync</source>
        <translation>Rewind order sync</translation>
    </message>
    <message>
        <source>This account&apos;s orders are syncing right now; rewind when it is done.</source>
        <translation>This account&apos;s orders are syncing right now; rewind when it is done.</translation>
    </message>
    <message>
        <source>The server refused this password for %1. Type it again:</source>
        <translation>The server refused this password for %1. Type it again:</translation>
    </message>
    <message>
        <source>Password for %1 (it will be kept in the system keychain once it works):</source>
        <translation>Password for %1 (it will be kept in the system keychain once it works):</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Marketdesk has not written to it. The copy taken on %1 can replace it; the damaged file is kept beside it, renamed.</source>
        <translation>Marketdesk has not written to it. The copy taken on %1 can replace it; the damaged file is kept beside it, renamed.</translation>
    </message>
    <message>
        <source>Restore the copy of %1</source>
        <translation>Restore the copy of %1</translation>
    </message>
    <message>
        <source>Marketdesk has not written to it, and there is no copy of it here. Restore a backup of %1, then start Marketdesk again.</source>
        <translation>Marketdesk has not written to it, and there is no copy of it here. Restore a backup of %1, then start Marketdesk again.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The copy could not replace the damaged database in %1.</source>
        <translation>The copy could not replace the damaged database in %1.</translation>
    </message>
    <message>
        <source>Database server unreachable, retrying… %1</source>
        <translation>Database server unreachable, retrying… %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database %2 in it. Check the path, or create the folder first.</source>
        <translation>The folder %1 does not exist, so there is no database %2 in it. Check the path, or create the folder first.</translation>
    </message>
    <message>
        <source>A new, empty database was created at %1.</source>
        <translation>A new, empty database was created at %1.</translation>
    </message>
    <message>
        <source>Syncing the %1 of %2 failed: %3</source>
        <translation>Syncing the %1 of %2 failed: %3</translation>
    </message>
</context>
<context>
    <name>md::AuthClient</name>
    <message>
        <source>%1 tokens are not refreshed; connect the account again to renew them.</source>
        <translation>%1 tokens are not refreshed; connect the account again to renew them.</translation>
    </message>
    <message>
        <source>%1 did not accept Marketdesk&apos;s app keys. Check them in the Providers settings.</source>
        <translation>%1 did not accept Marketdesk&apos;s app keys. Check them in the Providers settings.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s authorization (it was revoked or has expired). Reconnect the account.</source>
        <translation>%1 no longer accepts this account&apos;s authorization (it was revoked or has expired). Reconnect the account.</translation>
    </message>
    <message>
        <source>%1 answered the token refresh with HTTP status %2.</source>
        <translation>%1 answered the token refresh with HTTP status %2.</translation>
    </message>
    <message>
        <source>%1&apos;s refresh answer held no access token.</source>
        <translation>%1&apos;s refresh answer held no access token.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
</context>
<context>
    <name>md::BatchShipDialog</name>
    <message numerus="yes">
        <source>Ship %n order(s)</source>
        <translation>
            <numerusform>Ship %n order</numerusform>
            <numerusform>Ship %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s label in turn: Enter moves to the next order. Orders left without a number stay as they are. Each shipment is sent to its marketplace as soon as Marketdesk is online.</source>
        <translation>Scan each parcel&apos;s label in turn: Enter moves to the next order. Orders left without a number stay as they are. Each shipment is sent to its marketplace as soon as Marketdesk is online.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n shipment(s)…</source>
        <translation>
            <numerusform>Queuing %n shipment…</numerusform>
            <numerusform>Queuing %n shipments…</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has this number too: each parcel has its own label.</source>
        <translation>Order %1 has this number too: each parcel has its own label.</translation>
    </message>
    <message>
        <source>%1 of %2 ready to ship.</source>
        <translation>%1 of %2 ready to ship.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) to correct.</source>
        <translation>
            <numerusform>%n number to correct.</numerusform>
            <numerusform>%n numbers to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ship %n order(s)</source>
        <translation>
            <numerusform>&amp;Ship %n order</numerusform>
            <numerusform>&amp;Ship %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>Queued.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) refused: see the orders marked.</source>
        <translation>
            <numerusform>%n shipment refused: see the orders marked.</numerusform>
            <numerusform>%n shipments refused: see the orders marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CancelOrderDialog</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <source>%1 refunds the buyer and the order&apos;s reserved stock is released once %1 confirms. This cannot be undone.</source>
        <translation>%1 refunds the buyer and the order&apos;s reserved stock is released once %1 confirms. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Optional note kept with the order</source>
        <translation>Optional note kept with the order</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Cancel &amp;order</source>
        <translation>Cancel &amp;order</translation>
    </message>
    <message>
        <source>&amp;Keep order</source>
        <translation>&amp;Keep order</translation>
    </message>
</context>
<context>
    <name>md::Carriers</name>
    <message>
        <source>Other carrier</source>
        <translation>Other carrier</translation>
    </message>
    <message>
        <source>Choose the carrier that takes the parcel.</source>
        <translation>Choose the carrier that takes the parcel.</translation>
    </message>
    <message>
        <source>Enter the tracking number printed on the label.</source>
        <translation>Enter the tracking number printed on the label.</translation>
    </message>
    <message>
        <source>A USPS tracking number has 20 to 22 digits, or two letters, nine digits and US.</source>
        <translation>A USPS tracking number has 20 to 22 digits, or two letters, nine digits and US.</translation>
    </message>
    <message>
        <source>A UPS tracking number is 1Z followed by 16 letters or digits.</source>
        <translation>A UPS tracking number is 1Z followed by 16 letters or digits.</translation>
    </message>
    <message>
        <source>A FedEx tracking number has 12, 15, 20 or 22 digits.</source>
        <translation>A FedEx tracking number has 12, 15, 20 or 22 digits.</translation>
    </message>
    <message>
        <source>A DHL Express tracking number has 10 or 11 digits, or starts with JJD.</source>
        <translation>A DHL Express tracking number has 10 or 11 digits, or starts with JJD.</translation>
    </message>
    <message>
        <source>A Canada Post tracking number has 12 or 16 digits, or two letters, nine digits and CA.</source>
        <translation>A Canada Post tracking number has 12 or 16 digits, or two letters, nine digits and CA.</translation>
    </message>
    <message>
        <source>A Royal Mail tracking number is two letters, nine digits and GB.</source>
        <translation>A Royal Mail tracking number is two letters, nine digits and GB.</translation>
    </message>
    <message>
        <source>A tracking number has 4 to 40 letters and digits.</source>
        <translation>A tracking number has 4 to 40 letters and digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tracking number. %3</source>
        <translation>&quot;%1&quot; is not a %2 tracking number. %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 tracking number: its check digit should be %3. Scan or type it again.</source>
        <translation>&quot;%1&quot; is not a valid %2 tracking number: its check digit should be %3. Scan or type it again.</translation>
    </message>
</context>
<context>
    <name>md::CommandLine</name>
    <message>
        <source>Orders, listings and returns of all your marketplace accounts in one place.</source>
        <translation>Orders, listings and returns of all your marketplace accounts in one place.</translation>
    </message>
    <message>
        <source>Use this database: postgresql://user@host:port/dbname, or an SQLite file. The password comes from the keychain or PGPASSWORD.</source>
        <translation>Use this database: postgresql://user@host:port/dbname, or an SQLite file. The password comes from the keychain or PGPASSWORD.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Show the interface in this language (en, fr).</source>
        <translation>Show the interface in this language (en, fr).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Keep data, logs and settings in this folder.</source>
        <translation>Keep data, logs and settings in this folder.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Log debug messages too.</source>
        <translation>Log debug messages too.</translation>
    </message>
    <message>
        <source>Quit after this many seconds (for scripted checks).</source>
        <translation>Quit after this many seconds (for scripted checks).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Try Marketdesk against a local sandbox marketplace, with its own database and keychain entries.</source>
        <translation>Try Marketdesk against a local sandbox marketplace, with its own database and keychain entries.</translation>
    </message>
    <message>
        <source>In demo mode, give each demo seller this many orders (to try a large warehouse).</source>
        <translation>In demo mode, give each demo seller this many orders (to try a large warehouse).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>--demo-orders wants a number from 1 to 1,000,000.</source>
        <translation>--demo-orders wants a number from 1 to 1,000,000.</translation>
    </message>
    <message>
        <source>Allow a crash to write a core dump (for debugging: it holds the tokens and secrets in memory).</source>
        <translation>Allow a crash to write a core dump (for debugging: it holds the tokens and secrets in memory).</translation>
    </message>
</context>
<context>
    <name>md::ConnectDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Sign in with the browser</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Paste the address you landed on…</source>
        <translation>Paste the address you landed on…</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Connect account</translation>
    </message>
    <message>
        <source>e.g. Warehouse-A, Montreal</source>
        <translation>e.g. Warehouse-A, Montreal</translation>
    </message>
    <message>
        <source>&amp;House name:</source>
        <translation>&amp;House name:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>The link is on the clipboard: open it in a browser where you can sign in.</source>
        <translation>The link is on the clipboard: open it in a browser where you can sign in.</translation>
    </message>
    <message>
        <source>Sign in on the marketplace&apos;s page in your browser and approve access; this window continues by itself.</source>
        <translation>Sign in on the marketplace&apos;s page in your browser and approve access; this window continues by itself.</translation>
    </message>
    <message>
        <source>No browser opened. Use Copy link and open it yourself.</source>
        <translation>No browser opened. Use Copy link and open it yourself.</translation>
    </message>
    <message>
        <source>Paste the address you landed on</source>
        <translation>Paste the address you landed on</translation>
    </message>
    <message>
        <source>After approving, copy the whole address from the browser&apos;s address bar and paste it here:</source>
        <translation>After approving, copy the whole address from the browser&apos;s address bar and paste it here:</translation>
    </message>
    <message>
        <source>your-store.myshopify.com</source>
        <translation>your-store.myshopify.com</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <source>the account&apos;s OfferUp username</source>
        <translation>the account&apos;s OfferUp username</translation>
    </message>
    <message>
        <source>OfferUp has no public seller API, so there is nothing to sign in to: Marketdesk keeps this account for your records, and its listings will go through an assisted manual queue.</source>
        <translation>OfferUp has no public seller API, so there is nothing to sign in to: Marketdesk keeps this account for your records, and its listings will go through an assisted manual queue.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Another marketplace user</source>
        <translation>Another marketplace user</translation>
    </message>
    <message>
        <source>You signed in as %1; the house &quot;%2&quot; was %3.</source>
        <translation>You signed in as %1; the house &quot;%2&quot; was %3.</translation>
    </message>
    <message>
        <source>Replace %1 with %2 for this house? Its data stays; from now on it is synchronized as %2.</source>
        <translation>Replace %1 with %2 for this house? Its data stays; from now on it is synchronized as %2.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Keep %1</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnect %1</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Already connected</translation>
    </message>
    <message>
        <source>You signed in as %1, who is already connected as the house &quot;%2&quot;.</source>
        <translation>You signed in as %1, who is already connected as the house &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Keep the name &quot;%1&quot;, or rename that house to &quot;%2&quot;? Its orders stay with it either way; it is not connected twice.</source>
        <translation>Keep the name &quot;%1&quot;, or rename that house to &quot;%2&quot;? Its orders stay with it either way; it is not connected twice.</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot;</source>
        <translation>Keep &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Rename to &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>md::ConnectFlow</name>
    <message>
        <source>No answer came from the marketplace within %1 minutes. Start connecting the account again.</source>
        <translation>No answer came from the marketplace within %1 minutes. Start connecting the account again.</translation>
    </message>
    <message>
        <source>A connection is already under way.</source>
        <translation>A connection is already under way.</translation>
    </message>
    <message>
        <source>Connecting %1 accounts is not available yet.</source>
        <translation>Connecting %1 accounts is not available yet.</translation>
    </message>
    <message>
        <source>Marketdesk cannot receive the sign-in on port %1: %2</source>
        <translation>Marketdesk cannot receive the sign-in on port %1: %2</translation>
    </message>
    <message>
        <source>No account connection is waiting for an answer.</source>
        <translation>No account connection is waiting for an answer.</translation>
    </message>
    <message>
        <source>Connecting the account was cancelled; nothing was stored.</source>
        <translation>Connecting the account was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Access was declined on the marketplace&apos;s page; nothing was stored.</source>
        <translation>Access was declined on the marketplace&apos;s page; nothing was stored.</translation>
    </message>
    <message>
        <source>The marketplace refused the sign-in: %1</source>
        <translation>The marketplace refused the sign-in: %1</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer held no authorization code; nothing was stored.</source>
        <translation>The marketplace&apos;s answer held no authorization code; nothing was stored.</translation>
    </message>
    <message>
        <source>Marketdesk has no client secret for %1 (%2). Enter it in the Providers settings.</source>
        <translation>Marketdesk has no client secret for %1 (%2). Enter it in the Providers settings.</translation>
    </message>
    <message>
        <source>Marketdesk has no %1 app keys yet. Enter them in the Providers settings.</source>
        <translation>Marketdesk has no %1 app keys yet. Enter them in the Providers settings.</translation>
    </message>
    <message>
        <source>A Shopify store is named like &quot;your-store.myshopify.com&quot;; &quot;%1&quot; is not.</source>
        <translation>A Shopify store is named like &quot;your-store.myshopify.com&quot;; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>Give the %1 username of this account.</source>
        <translation>Give the %1 username of this account.</translation>
    </message>
    <message>
        <source>%1 is already added as the house &quot;%2&quot;.</source>
        <translation>%1 is already added as the house &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The account to reconnect no longer exists.</source>
        <translation>The account to reconnect no longer exists.</translation>
    </message>
    <message>
        <source>Nothing changed: &quot;%1&quot; stays connected as %2.</source>
        <translation>Nothing changed: &quot;%1&quot; stays connected as %2.</translation>
    </message>
    <message>
        <source>%1 is already connected as the house &quot;%2&quot;; nothing changed.</source>
        <translation>%1 is already connected as the house &quot;%2&quot;; nothing changed.</translation>
    </message>
    <message>
        <source>Marketdesk is not waiting for this sign-in any more; nothing was stored.</source>
        <translation>Marketdesk is not waiting for this sign-in any more; nothing was stored.</translation>
    </message>
    <message>
        <source>This sign-in answer belongs to an earlier connection; nothing was stored. Start connecting the account again.</source>
        <translation>This sign-in answer belongs to an earlier connection; nothing was stored. Start connecting the account again.</translation>
    </message>
</context>
<context>
    <name>md::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>The Qt SQL driver %1 is not installed (Debian package %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>The database server refused the password for %1.</source>
        <translation>The database server refused the password for %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>Cannot prepare the database session</source>
        <translation>Cannot prepare the database session</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Marketdesk cannot write to its database %1: the file is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</source>
        <translation>Marketdesk cannot write to its database %1: the file is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</translation>
    </message>
    <message>
        <source>Marketdesk cannot create its database in %1: the folder is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</source>
        <translation>Marketdesk cannot create its database in %1: the folder is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</translation>
    </message>
    <message>
        <source>Cannot check the database file</source>
        <translation>Cannot check the database file</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. Marketdesk stops writing to it; restore the copy taken before the last update, or a backup.</source>
        <translation>The database file %1 is damaged. Marketdesk stops writing to it; restore the copy taken before the last update, or a backup.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Free some space on it: nothing was half-written, and what was being saved is saved once there is room.</source>
        <translation>The disk that holds the database is full. Free some space on it: nothing was half-written, and what was being saved is saved once there is room.</translation>
    </message>
    <message>
        <source>Marketdesk cannot write to its database: the file or its folder is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</source>
        <translation>Marketdesk cannot write to its database: the file or its folder is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</translation>
    </message>
    <message>
        <source>The database file is damaged. Marketdesk stops writing to it; restore the copy taken before the last update, or a backup.</source>
        <translation>The database file is damaged. Marketdesk stops writing to it; restore the copy taken before the last update, or a backup.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk error). Check the disk; nothing was half-written.</source>
        <translation>The database file could not be read or written (a disk error). Check the disk; nothing was half-written.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; Marketdesk reconnects by itself and nothing waiting to be saved is lost.</source>
        <translation>The database server cannot be reached; Marketdesk reconnects by itself and nothing waiting to be saved is lost.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, so Marketdesk stopped writing to it. Quit and start Marketdesk again to restore the copy taken before the last update.</source>
        <translation>The database file %1 is damaged, so Marketdesk stopped writing to it. Quit and start Marketdesk again to restore the copy taken before the last update.</translation>
    </message>
    <message>
        <source>Cannot announce a change</source>
        <translation>Cannot announce a change</translation>
    </message>
</context>
<context>
    <name>md::DatabaseConfig</name>
    <message>
        <source>The database address is empty.</source>
        <translation>The database address is empty.</translation>
    </message>
    <message>
        <source>The SQLite address names no file.</source>
        <translation>The SQLite address names no file.</translation>
    </message>
    <message>
        <source>Unsupported database type &quot;%1&quot;: use postgresql://user@host:port/dbname or a SQLite file path.</source>
        <translation>Unsupported database type &quot;%1&quot;: use postgresql://user@host:port/dbname or a SQLite file path.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no host.</source>
        <translation>The PostgreSQL address names no host.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no user (user@host).</source>
        <translation>The PostgreSQL address names no user (user@host).</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database (/dbname).</source>
        <translation>The PostgreSQL address names no database (/dbname).</translation>
    </message>
    <message>
        <source>Unsupported PostgreSQL option &quot;%1&quot; in the database address.</source>
        <translation>Unsupported PostgreSQL option &quot;%1&quot; in the database address.</translation>
    </message>
    <message>
        <source>SQLite — %1</source>
        <translation>SQLite — %1</translation>
    </message>
    <message>
        <source>PostgreSQL — %1@%2:%3/%4</source>
        <translation>PostgreSQL — %1@%2:%3/%4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a database address nor a file path. A PostgreSQL address looks like postgresql://user@host:5432/dbname; a SQLite database is a file path such as /home/me/marketdesk.sqlite.</source>
        <translation>&quot;%1&quot; is neither a database address nor a file path. A PostgreSQL address looks like postgresql://user@host:5432/dbname; a SQLite database is a file path such as /home/me/marketdesk.sqlite.</translation>
    </message>
    <message>
        <source>The port in the database address must be a number from 1 to 65535 (PostgreSQL&apos;s is usually 5432); &quot;%1&quot; is not.</source>
        <translation>The port in the database address must be a number from 1 to 65535 (PostgreSQL&apos;s is usually 5432); &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database address. A PostgreSQL address looks like postgresql://user@host:5432/dbname.</source>
        <translation>&quot;%1&quot; is not a valid database address. A PostgreSQL address looks like postgresql://user@host:5432/dbname.</translation>
    </message>
</context>
<context>
    <name>md::DemoSandbox</name>
    <message>
        <source>The demo marketplace could not start: %1</source>
        <translation>The demo marketplace could not start: %1</translation>
    </message>
    <message>
        <source>The demo marketplace stopped at once (exit code %1).</source>
        <translation>The demo marketplace stopped at once (exit code %1).</translation>
    </message>
    <message>
        <source>The demo marketplace said something unexpected: %1</source>
        <translation>The demo marketplace said something unexpected: %1</translation>
    </message>
    <message>
        <source>Aisle A, shelf 1</source>
        <translation>Aisle A, shelf 1</translation>
    </message>
    <message>
        <source>Back room</source>
        <translation>Back room</translation>
    </message>
</context>
<context>
    <name>md::EbayClient</name>
    <message>
        <source>eBay refused the sign-in answer (it was already used, has expired, or belongs to another app). Start connecting the account again.</source>
        <translation>eBay refused the sign-in answer (it was already used, has expired, or belongs to another app). Start connecting the account again.</translation>
    </message>
    <message>
        <source>eBay did not accept Marketdesk&apos;s app keys. Check the client id and client secret in the Providers settings.</source>
        <translation>eBay did not accept Marketdesk&apos;s app keys. Check the client id and client secret in the Providers settings.</translation>
    </message>
    <message>
        <source>eBay answered with HTTP status %1.</source>
        <translation>eBay answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>eBay&apos;s answer held no access token.</source>
        <translation>eBay&apos;s answer held no access token.</translation>
    </message>
    <message>
        <source>eBay did not say who signed in: %1</source>
        <translation>eBay did not say who signed in: %1</translation>
    </message>
    <message>
        <source>eBay&apos;s identity answer held no user id.</source>
        <translation>eBay&apos;s identity answer held no user id.</translation>
    </message>
    <message>
        <source>eBay&apos;s GetUser answer could not be read.</source>
        <translation>eBay&apos;s GetUser answer could not be read.</translation>
    </message>
    <message>
        <source>eBay %1.</source>
        <translation>eBay %1.</translation>
    </message>
</context>
<context>
    <name>md::EbayFulfilment</name>
    <message>
        <source>eBay has no action &quot;%1&quot; in Marketdesk.</source>
        <translation>eBay has no action &quot;%1&quot; in Marketdesk.</translation>
    </message>
</context>
<context>
    <name>md::EbayOrders</name>
    <message>
        <source>it has no orderId</source>
        <translation>it has no orderId</translation>
    </message>
    <message>
        <source>it has no total</source>
        <translation>it has no total</translation>
    </message>
    <message>
        <source>%1 is in %2, the total in %3</source>
        <translation>%1 is in %2, the total in %3</translation>
    </message>
</context>
<context>
    <name>md::Environment</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>md::FacebookClient</name>
    <message>
        <source>Facebook refused the sign-in answer: %1</source>
        <translation>Facebook refused the sign-in answer: %1</translation>
    </message>
    <message>
        <source>Facebook could not complete the sign-in: %1</source>
        <translation>Facebook could not complete the sign-in: %1</translation>
    </message>
    <message>
        <source>Facebook did not issue a long-lived token: %1</source>
        <translation>Facebook did not issue a long-lived token: %1</translation>
    </message>
    <message>
        <source>Facebook&apos;s answer held no access token.</source>
        <translation>Facebook&apos;s answer held no access token.</translation>
    </message>
    <message>
        <source>Facebook did not say who signed in: %1</source>
        <translation>Facebook did not say who signed in: %1</translation>
    </message>
    <message>
        <source>Facebook&apos;s answer held no user id.</source>
        <translation>Facebook&apos;s answer held no user id.</translation>
    </message>
</context>
<context>
    <name>md::Format</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
</context>
<context>
    <name>md::FulfilmentClient</name>
    <message>
        <source>%1 does not know this order any more.</source>
        <translation>%1 does not know this order any more.</translation>
    </message>
</context>
<context>
    <name>md::HttpAnswer</name>
    <message>
        <source>%1 refused the account&apos;s token (HTTP %2).</source>
        <translation>%1 refused the account&apos;s token (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 asks to slow down.</source>
        <translation>%1 asks to slow down.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 answered with HTTP status %2.</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 says: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 refused the request (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 refused the request (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1&apos;s answer could not be read (%2).</source>
        <translation>%1&apos;s answer could not be read (%2).</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut off part-way (%2); Marketdesk tries again later.</source>
        <translation>%1&apos;s answer was cut off part-way (%2); Marketdesk tries again later.</translation>
    </message>
</context>
<context>
    <name>md::ListingsModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>md::LoopbackReceiver</name>
    <message>
        <source>The request was too large.</source>
        <translation>The request was too large.</translation>
    </message>
    <message>
        <source>This address only receives marketplace sign-ins.</source>
        <translation>This address only receives marketplace sign-ins.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>Marketdesk received the marketplace&apos;s answer. You can close this window and return to Marketdesk.</source>
        <translation>Marketdesk received the marketplace&apos;s answer. You can close this window and return to Marketdesk.</translation>
    </message>
</context>
<context>
    <name>md::MainWindow</name>
    <message>
        <source>Marketdesk</source>
        <translation>Marketdesk</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>No accounts yet</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>No listings yet</source>
        <translation>No listings yet</translation>
    </message>
    <message>
        <source>Products you sell will appear here with their offers on each account, once an account is connected and its listings are synchronized.</source>
        <translation>Products you sell will appear here with their offers on each account, once an account is connected and its listings are synchronized.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <source>Orders of every connected account will appear here and stay available offline. Connect a seller account to start receiving them.</source>
        <translation>Orders of every connected account will appear here and stay available offline. Connect a seller account to start receiving them.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>No returns</translation>
    </message>
    <message>
        <source>Returns that buyers open on any connected account will appear here for you to receive, inspect and restock.</source>
        <translation>Returns that buyers open on any connected account will appear here for you to receive, inspect and restock.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>No notifications</translation>
    </message>
    <message>
        <source>Warnings about expiring or failing account connections and other events that need attention will appear here.</source>
        <translation>Warnings about expiring or failing account connections and other events that need attention will appear here.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Marketplace user</source>
        <translation>Marketplace user</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Marketplace ID</source>
        <translation>Marketplace ID</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Return %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Buyer&apos;s comment</source>
        <translation>Buyer&apos;s comment</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Marketdesk</source>
        <translation>&amp;About Marketdesk</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Marketplaces can be reached.</source>
        <translation>Marketplaces can be reached.</translation>
    </message>
    <message>
        <source>Local network only</source>
        <translation>Local network only</translation>
    </message>
    <message>
        <source>Marketplaces cannot be reached; local data stays available.</source>
        <translation>Marketplaces cannot be reached; local data stays available.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No network: you can keep reviewing local data; changes wait in the outbox.</source>
        <translation>No network: you can keep reviewing local data; changes wait in the outbox.</translation>
    </message>
    <message>
        <source>Network state unknown</source>
        <translation>Network state unknown</translation>
    </message>
    <message>
        <source>This system does not report whether it is online.</source>
        <translation>This system does not report whether it is online.</translation>
    </message>
    <message>
        <source>Orders, listings and returns of all your marketplace accounts in one place.</source>
        <translation>Orders, listings and returns of all your marketplace accounts in one place.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>spdlog</source>
        <translation>spdlog</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>About Marketdesk</source>
        <translation>About Marketdesk</translation>
    </message>
    <message>
        <source>Your marketplace accounts will appear here, each under its house name. You connect an account by signing in to eBay, Shopify, Amazon or Facebook in your browser; Marketdesk keeps its tokens in the system keychain.</source>
        <translation>Your marketplace accounts will appear here, each under its house name. You connect an account by signing in to eBay, Shopify, Amazon or Facebook in your browser; Marketdesk keeps its tokens in the system keychain.</translation>
    </message>
    <message>
        <source>Starting the demo marketplace…</source>
        <translation>Starting the demo marketplace…</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <source>&amp;Connect account…</source>
        <translation>&amp;Connect account…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connect</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>All marketplaces</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>All houses</source>
        <translation>All houses</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Providers…</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnect…</translation>
    </message>
    <message>
        <source>Refresh &amp;token now</source>
        <translation>Refresh &amp;token now</translation>
    </message>
    <message>
        <source>Run &amp;health check</source>
        <translation>Run &amp;health check</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <source>&amp;Forget account…</source>
        <translation>&amp;Forget account…</translation>
    </message>
    <message>
        <source>Re&amp;name house…</source>
        <translation>Re&amp;name house…</translation>
    </message>
    <message>
        <source>Change &amp;purpose</source>
        <translation>Change &amp;purpose</translation>
    </message>
    <message>
        <source>Rename house</source>
        <translation>Rename house</translation>
    </message>
    <message>
        <source>New house name:</source>
        <translation>New house name:</translation>
    </message>
    <message>
        <source>Forget account</source>
        <translation>Forget account</translation>
    </message>
    <message>
        <source>Forget &quot;%1&quot; (%2)?</source>
        <translation>Forget &quot;%1&quot; (%2)?</translation>
    </message>
    <message>
        <source>Its tokens are deleted from the system keychain, and its orders, listings, returns, messages and health history are deleted from this database. This cannot be undone.

Deactivate keeps everything and only stops its synchronization.</source>
        <translation>Its tokens are deleted from the system keychain, and its orders, listings, returns, messages and health history are deleted from this database. This cannot be undone.

Deactivate keeps everything and only stops its synchronization.</translation>
    </message>
    <message>
        <source>Forget and delete its data</source>
        <translation>Forget and delete its data</translation>
    </message>
    <message>
        <source>Deactivate instead</source>
        <translation>Deactivate instead</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>OfferUp has no public seller API: this account is kept for your records, and its listings will go through an assisted manual queue.</source>
        <translation>OfferUp has no public seller API: this account is kept for your records, and its listings will go through an assisted manual queue.</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Access token expires</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Refresh token expires</translation>
    </message>
    <message>
        <source>Re-authorization due</source>
        <translation>Re-authorization due</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Last refreshed</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Refresh failures in a row</source>
        <translation>Refresh failures in a row</translation>
    </message>
    <message>
        <source>Last refresh error</source>
        <translation>Last refresh error</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Granted scopes</translation>
    </message>
    <message>
        <source>Health checks (response times)</source>
        <translation>Health checks (response times)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronization</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <source>&amp;Sync orders now</source>
        <translation>&amp;Sync orders now</translation>
    </message>
    <message>
        <source>Sync &amp;all accounts</source>
        <translation>Sync &amp;all accounts</translation>
    </message>
    <message>
        <source>Re&amp;wind order sync…</source>
        <translation>Re&amp;wind order sync…</translation>
    </message>
    <message>
        <source>Rewind order sync</source>
        <translation>Rewind order sync</translation>
    </message>
    <message>
        <source>Read this account&apos;s orders again from:</source>
        <translation>Read this account&apos;s orders again from:</translation>
    </message>
    <message>
        <source>changes since %1; last success %2; %3 errors in a row%4</source>
        <translation>changes since %1; last success %2; %3 errors in a row%4</translation>
    </message>
    <message>
        <source>Orders that could not be read (kept aside)</source>
        <translation>Orders that could not be read (kept aside)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>No stock recorded</source>
        <translation>No stock recorded</translation>
    </message>
    <message>
        <source>Stock per SKU and location will appear here: on hand, reserved for orders and available, with the ledger of every change. Imported orders reserve from it.</source>
        <translation>Stock per SKU and location will appear here: on hand, reserved for orders and available, with the ledger of every change. Imported orders reserve from it.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Nothing sent yet</translation>
    </message>
    <message>
        <source>Every shipment and cancellation you make is written here first, then sent to its marketplace. What waits for the network, or needs you, stays here with its state.</source>
        <translation>Every shipment and cancellation you make is written here first, then sent to its marketplace. What waits for the network, or needs you, stays here with its state.</translation>
    </message>
    <message>
        <source>Demo — Marketdesk</source>
        <translation>Demo — Marketdesk</translation>
    </message>
    <message>
        <source>Packing-slip &amp;logo…</source>
        <translation>Packing-slip &amp;logo…</translation>
    </message>
    <message>
        <source>The image printed at the top of this house&apos;s packing slips</source>
        <translation>The image printed at the top of this house&apos;s packing slips</translation>
    </message>
    <message>
        <source>Packing-slip logo</source>
        <translation>Packing-slip logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>The logo is printed on this house&apos;s packing slips from now on.</source>
        <translation>The logo is printed on this house&apos;s packing slips from now on.</translation>
    </message>
</context>
<context>
    <name>md::Migrator</name>
    <message>
        <source>This database was written by a newer Marketdesk (schema version %1; this version knows up to %2). Update Marketdesk, or choose another database. Nothing was changed.</source>
        <translation>This database was written by a newer Marketdesk (schema version %1; this version knows up to %2). Update Marketdesk, or choose another database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Updating the database failed at step %1 (%2): %3. The database was left as it was before this step.</source>
        <translation>Updating the database failed at step %1 (%2): %3. The database was left as it was before this step.</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1 before updating it; nothing was changed. %2</source>
        <translation>Cannot copy the database to %1 before updating it; nothing was changed. %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database: %1</source>
        <translation>Cannot prepare the database: %1</translation>
    </message>
    <message>
        <source>The update left a reference to a missing row in table %1.</source>
        <translation>The update left a reference to a missing row in table %1.</translation>
    </message>
</context>
<context>
    <name>md::NetworkError</name>
    <message numerus="yes">
        <source>did not answer within %n seconds; Marketdesk tries again later</source>
        <translation>
            <numerusform>did not answer within %n second; Marketdesk tries again later</numerusform>
            <numerusform>did not answer within %n seconds; Marketdesk tries again later</numerusform>
        </translation>
    </message>
    <message>
        <source>did not answer in time; Marketdesk tries again later</source>
        <translation>did not answer in time; Marketdesk tries again later</translation>
    </message>
    <message>
        <source>refused the connection (the service may be down); Marketdesk tries again later</source>
        <translation>refused the connection (the service may be down); Marketdesk tries again later</translation>
    </message>
    <message>
        <source>closed the connection before answering; Marketdesk tries again later</source>
        <translation>closed the connection before answering; Marketdesk tries again later</translation>
    </message>
    <message>
        <source>could not be found: check this computer&apos;s internet connection</source>
        <translation>could not be found: check this computer&apos;s internet connection</translation>
    </message>
    <message>
        <source>could not be reached securely (the connection&apos;s certificate was refused)</source>
        <translation>could not be reached securely (the connection&apos;s certificate was refused)</translation>
    </message>
    <message>
        <source>could not be reached: the network is down; Marketdesk tries again when it is back</source>
        <translation>could not be reached: the network is down; Marketdesk tries again when it is back</translation>
    </message>
    <message>
        <source>could not be reached through the proxy: check the proxy settings</source>
        <translation>could not be reached through the proxy: check the proxy settings</translation>
    </message>
    <message>
        <source>could not be reached (%1)</source>
        <translation>could not be reached (%1)</translation>
    </message>
</context>
<context>
    <name>md::NotificationText</name>
    <message>
        <source>%1: authorization revoked</source>
        <translation>%1: authorization revoked</translation>
    </message>
    <message>
        <source>%1: access token about to expire</source>
        <translation>%1: access token about to expire</translation>
    </message>
    <message>
        <source>%1: token refresh failing</source>
        <translation>%1: token refresh failing</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>%1: health checks failing</source>
        <translation>%1: health checks failing</translation>
    </message>
    <message>
        <source>%1: no successful health check for over an hour</source>
        <translation>%1: no successful health check for over an hour</translation>
    </message>
    <message>
        <source>%1: re-authorization overdue</source>
        <translation>%1: re-authorization overdue</translation>
    </message>
    <message numerus="yes">
        <source>%1: re-authorize within %n day(s)</source>
        <translation>
            <numerusform>%1: re-authorize within %n day</numerusform>
            <numerusform>%1: re-authorize within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>an order</source>
        <translation>an order</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>The shipment of %1 was refused</source>
        <translation>The shipment of %1 was refused</translation>
    </message>
    <message>
        <source>The cancellation of %1 was refused</source>
        <translation>The cancellation of %1 was refused</translation>
    </message>
    <message>
        <source>%1. Retry it or withdraw it in the Outbox.</source>
        <translation>%1. Retry it or withdraw it in the Outbox.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s authorization (%2). Nothing is synced for it until it is reconnected.</source>
        <translation>%1 no longer accepts this account&apos;s authorization (%2). Nothing is synced for it until it is reconnected.</translation>
    </message>
    <message>
        <source>Its %1 access token ends at %2 and refreshing it is failing: %3</source>
        <translation>Its %1 access token ends at %2 and refreshing it is failing: %3</translation>
    </message>
    <message>
        <source>Refreshing its %1 token failed %2 times in a row. Last error: %3</source>
        <translation>Refreshing its %1 token failed %2 times in a row. Last error: %3</translation>
    </message>
    <message>
        <source>Its last %1 health checks on %2 failed. Last answer: %3</source>
        <translation>Its last %1 health checks on %2 failed. Last answer: %3</translation>
    </message>
    <message>
        <source>It last answered a health check on %1 at %2.</source>
        <translation>It last answered a health check on %1 at %2.</translation>
    </message>
    <message>
        <source>It has not answered a health check on %1 since it was connected.</source>
        <translation>It has not answered a health check on %1 since it was connected.</translation>
    </message>
    <message>
        <source>%1 needs it authorized again by %2; until then it keeps working. Reconnect the account to renew it.</source>
        <translation>%1 needs it authorized again by %2; until then it keeps working. Reconnect the account to renew it.</translation>
    </message>
</context>
<context>
    <name>md::NotificationsModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Resolved %1</translation>
    </message>
</context>
<context>
    <name>md::OrderActions</name>
    <message>
        <source>The order no longer exists.</source>
        <translation>The order no longer exists.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled; it cannot be shipped.</source>
        <translation>Order %1 is cancelled; it cannot be shipped.</translation>
    </message>
    <message>
        <source>Order %1 has already been shipped.</source>
        <translation>Order %1 has already been shipped.</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet; ship it once the payment has cleared.</source>
        <translation>Order %1 is not paid yet; ship it once the payment has cleared.</translation>
    </message>
    <message>
        <source>A shipment of order %1 is already waiting to be sent.</source>
        <translation>A shipment of order %1 is already waiting to be sent.</translation>
    </message>
    <message>
        <source>A cancellation of order %1 is waiting to be sent.</source>
        <translation>A cancellation of order %1 is waiting to be sent.</translation>
    </message>
    <message>
        <source>Marketdesk cannot ship %1 orders.</source>
        <translation>Marketdesk cannot ship %1 orders.</translation>
    </message>
    <message>
        <source>%1 does not let apps cancel orders; cancel order %2 in Seller Central.</source>
        <translation>%1 does not let apps cancel orders; cancel order %2 in Seller Central.</translation>
    </message>
    <message>
        <source>Order %1 is already cancelled.</source>
        <translation>Order %1 is already cancelled.</translation>
    </message>
    <message>
        <source>Order %1 has been shipped; handle it as a return instead.</source>
        <translation>Order %1 has been shipped; handle it as a return instead.</translation>
    </message>
    <message>
        <source>An action on order %1 is already waiting to be sent.</source>
        <translation>An action on order %1 is already waiting to be sent.</translation>
    </message>
    <message>
        <source>The buyer asked to cancel</source>
        <translation>The buyer asked to cancel</translation>
    </message>
    <message>
        <source>Out of stock, or cannot be fulfilled</source>
        <translation>Out of stock, or cannot be fulfilled</translation>
    </message>
    <message>
        <source>Problem with the shipping address</source>
        <translation>Problem with the shipping address</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Suspected fraud</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>Choose why the order is cancelled.</source>
        <translation>Choose why the order is cancelled.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled; do not pack it.</source>
        <translation>Order %1 is cancelled; do not pack it.</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>The action no longer exists.</translation>
    </message>
    <message>
        <source>Only a stopped action can be tried again.</source>
        <translation>Only a stopped action can be tried again.</translation>
    </message>
</context>
<context>
    <name>md::OrderExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(no SKU)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>md::OrderNormalizing</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>&quot;%1&quot; is not an ISO 4217 currency code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount.</source>
        <translation>&quot;%1&quot; is not a decimal amount.</translation>
    </message>
    <message>
        <source>The amount %1 %2 is too large.</source>
        <translation>The amount %1 %2 is too large.</translation>
    </message>
    <message>
        <source>The %1 time is missing.</source>
        <translation>The %1 time is missing.</translation>
    </message>
    <message>
        <source>The %1 time &quot;%2&quot; is not an ISO 8601 time with a zone.</source>
        <translation>The %1 time &quot;%2&quot; is not an ISO 8601 time with a zone.</translation>
    </message>
    <message>
        <source>%1 order %2 could not be read: %3</source>
        <translation>%1 order %2 could not be read: %3</translation>
    </message>
    <message>
        <source>line %1 has the quantity %2</source>
        <translation>line %1 has the quantity %2</translation>
    </message>
</context>
<context>
    <name>md::OrderRepository</name>
    <message>
        <source>Order %1 has no valid ISO 4217 currency (&quot;%2&quot;).</source>
        <translation>Order %1 has no valid ISO 4217 currency (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The order %1 was not stored.</source>
        <translation>The order %1 was not stored.</translation>
    </message>
    <message>
        <source>That order is no longer stored.</source>
        <translation>That order is no longer stored.</translation>
    </message>
</context>
<context>
    <name>md::OrdersModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Shipment stopped: needs you</source>
        <translation>Shipment stopped: needs you</translation>
    </message>
    <message>
        <source>Cancellation stopped: needs you</source>
        <translation>Cancellation stopped: needs you</translation>
    </message>
    <message>
        <source>Shipment waiting to be sent</source>
        <translation>Shipment waiting to be sent</translation>
    </message>
    <message>
        <source>Cancellation waiting to be sent</source>
        <translation>Cancellation waiting to be sent</translation>
    </message>
    <message>
        <source>Needs attention: items wait for stock or a SKU, or the marketplace sent something to look at (see the details).</source>
        <translation>Needs attention: items wait for stock or a SKU, or the marketplace sent something to look at (see the details).</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>Orders sort by date, ship-by date, total or status.</source>
        <translation>Orders sort by date, ship-by date, total or status.</translation>
    </message>
    <message numerus="yes">
        <source>When the order must leave the warehouse, as the marketplace says; &quot;about&quot; when it says nothing and %n day(s) of handling are assumed.</source>
        <translation>
            <numerusform>When the order must leave the warehouse, as the marketplace says; &quot;about&quot; when it says nothing and %n day of handling are assumed.</numerusform>
            <numerusform>When the order must leave the warehouse, as the marketplace says; &quot;about&quot; when it says nothing and %n days of handling are assumed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days after it was placed: the marketplace gave no ship-by date.</source>
        <translation>%1 days after it was placed: the marketplace gave no ship-by date.</translation>
    </message>
    <message>
        <source>Ship by %1, as %2 says.</source>
        <translation>Ship by %1, as %2 says.</translation>
    </message>
    <message>
        <source>about %1 — late</source>
        <translation>about %1 — late</translation>
    </message>
    <message>
        <source>%1 — late</source>
        <translation>%1 — late</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
</context>
<context>
    <name>md::OrdersPane</name>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Shipment queued</source>
        <translation>Shipment queued</translation>
    </message>
    <message>
        <source>Shipment confirmed by the marketplace</source>
        <translation>Shipment confirmed by the marketplace</translation>
    </message>
    <message>
        <source>Cancellation queued</source>
        <translation>Cancellation queued</translation>
    </message>
    <message>
        <source>Cancellation confirmed by the marketplace</source>
        <translation>Cancellation confirmed by the marketplace</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Sent again</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Orders could not be read: %1</source>
        <translation>Orders could not be read: %1</translation>
    </message>
    <message>
        <source>All houses</source>
        <translation>All houses</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>All marketplaces</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Open (to ship)</source>
        <translation>Open (to ship)</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Pending payment</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Partially shipped</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>From any day</source>
        <translation>From any day</translation>
    </message>
    <message>
        <source>Placed on or after this day</source>
        <translation>Placed on or after this day</translation>
    </message>
    <message>
        <source>To any day</source>
        <translation>To any day</translation>
    </message>
    <message>
        <source>Placed on or before this day</source>
        <translation>Placed on or before this day</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan an order or tracking number</source>
        <translation>Scan an order or tracking number</translation>
    </message>
    <message>
        <source>Show all orders</source>
        <translation>Show all orders</translation>
    </message>
    <message>
        <source>The list shows the scanned order only; show every order matching the filters again.</source>
        <translation>The list shows the scanned order only; show every order matching the filters again.</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>&amp;Ship…</translation>
    </message>
    <message>
        <source>Mark &amp;packed</source>
        <translation>Mark &amp;packed</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>Cance&amp;l order…</translation>
    </message>
    <message>
        <source>Save pick list</source>
        <translation>Save pick list</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Pick list</translation>
    </message>
    <message>
        <source>Pick list saved to %1.</source>
        <translation>Pick list saved to %1.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Every order matching the search and filters, as a CSV file</source>
        <translation>Every order matching the search and filters, as a CSV file</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Export orders</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The scanned code could not be looked up: %1</source>
        <translation>The scanned code could not be looked up: %1</translation>
    </message>
    <message>
        <source>No order has the number or tracking number &quot;%1&quot;.</source>
        <translation>No order has the number or tracking number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Order %1 (%2).</source>
        <translation>Order %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n orders have the code &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n order has the code &quot;%1&quot;.</numerusform>
            <numerusform>%n orders have the code &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipment of order %1 queued; it is sent to %2 now, or as soon as Marketdesk is online.</source>
        <translation>Shipment of order %1 queued; it is sent to %2 now, or as soon as Marketdesk is online.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Cancellation of order %1 queued.</source>
        <translation>Cancellation of order %1 queued.</translation>
    </message>
    <message>
        <source>Mark packed</source>
        <translation>Mark packed</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Exporting orders…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporting orders… %1 written</source>
        <translation>Exporting orders… %1 written</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) exported to %1.</source>
        <translation>
            <numerusform>%n order exported to %1.</numerusform>
            <numerusform>%n orders exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>reserved at %1</source>
        <translation>reserved at %1</translation>
    </message>
    <message>
        <source>not reserved</source>
        <translation>not reserved</translation>
    </message>
    <message>
        <source>%1 × %2 (%3) %4 — %5</source>
        <translation>%1 × %2 (%3) %4 — %5</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Marketplace said</source>
        <translation>Marketplace said</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Bill to</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Picked (on a pick list)</source>
        <translation>Picked (on a pick list)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked picked.</source>
        <translation>
            <numerusform>%n order marked picked.</numerusform>
            <numerusform>%n orders marked picked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Picked</translation>
    </message>
    <message>
        <source>A barcode scanner types the number and Enter; the order opens at once (F3 from anywhere, or Ctrl+E).</source>
        <translation>A barcode scanner types the number and Enter; the order opens at once (F3 from anywhere, or Ctrl+E).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>waiting — %1</source>
        <translation>waiting — %1</translation>
    </message>
    <message>
        <source>Some items wait for stock or a SKU (see Items).</source>
        <translation>Some items wait for stock or a SKU (see Items).</translation>
    </message>
    <message>
        <source>The marketplace sent something to look at: a state this version does not know, or items it withholds.</source>
        <translation>The marketplace sent something to look at: a state this version does not know, or items it withholds.</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>%1 · marketplace id %2</source>
        <translation>%1 · marketplace id %2</translation>
    </message>
    <message>
        <source>Needs a&amp;ttention</source>
        <translation>Needs a&amp;ttention</translation>
    </message>
    <message>
        <source>Only the orders shown in bold: items waiting for stock or a SKU, or something the marketplace sent to look at. Shipped and cancelled orders never need attention.</source>
        <translation>Only the orders shown in bold: items waiting for stock or a SKU, or something the marketplace sent to look at. Shipped and cancelled orders never need attention.</translation>
    </message>
    <message>
        <source>Stock for an order</source>
        <translation>Stock for an order</translation>
    </message>
    <message>
        <source>The order&apos;s stock was changed.</source>
        <translation>The order&apos;s stock was changed.</translation>
    </message>
    <message>
        <source>Move, release or reserve its stock…</source>
        <translation>Move, release or reserve its stock…</translation>
    </message>
    <message>
        <source>Warehouse note</source>
        <translation>Warehouse note</translation>
    </message>
    <message>
        <source>A note on order %1 for the warehouse (kept here; the marketplace and the buyer never see it):</source>
        <translation>A note on order %1 for the warehouse (kept here; the marketplace and the buyer never see it):</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation>Buyer&apos;s note</translation>
    </message>
    <message>
        <source>Add a warehouse note…</source>
        <translation>Add a warehouse note…</translation>
    </message>
    <message>
        <source>Edit the warehouse note…</source>
        <translation>Edit the warehouse note…</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>To ship</translation>
    </message>
    <message>
        <source>Orders still to ship, the one due first at the top (the marketplace&apos;s ship-by date); picked and packed show in Fulfilment.</source>
        <translation>Orders still to ship, the one due first at the top (the marketplace&apos;s ship-by date); picked and packed show in Fulfilment.</translation>
    </message>
    <message>
        <source>The To ship view shows open and partly shipped orders.</source>
        <translation>The To ship view shows open and partly shipped orders.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to ship</source>
        <translation>
            <numerusform>%Ln to ship</numerusform>
            <numerusform>%Ln to ship</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <source>For the selected orders: the pick list (what to take off the shelves, by location and SKU) or a packing slip for each parcel</source>
        <translation>For the selected orders: the pick list (what to take off the shelves, by location and SKU) or a packing slip for each parcel</translation>
    </message>
    <message>
        <source>&amp;Print pick list…</source>
        <translation>&amp;Print pick list…</translation>
    </message>
    <message>
        <source>Save pick list as P&amp;DF…</source>
        <translation>Save pick list as P&amp;DF…</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Packing slips</translation>
    </message>
    <message>
        <source>Print packing &amp;slips…</source>
        <translation>Print packing &amp;slips…</translation>
    </message>
    <message>
        <source>Save packing slips as PD&amp;F…</source>
        <translation>Save packing slips as PD&amp;F…</translation>
    </message>
    <message>
        <source>Save packing slips</source>
        <translation>Save packing slips</translation>
    </message>
    <message numerus="yes">
        <source>%n packing slip(s) saved to %1.</source>
        <translation>
            <numerusform>%n packing slip saved to %1.</numerusform>
            <numerusform>%n packing slips saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ship %n…</source>
        <translation>
            <numerusform>&amp;Ship %n…</numerusform>
            <numerusform>&amp;Ship %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship the selected orders that can be shipped, a tracking number each</source>
        <translation>Ship the selected orders that can be shipped, a tracking number each</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n &amp;packed</source>
        <translation>
            <numerusform>Mark %n &amp;packed</numerusform>
            <numerusform>Mark %n &amp;packed</numerusform>
        </translation>
    </message>
    <message>
        <source>Match to a SKU</source>
        <translation>Match to a SKU</translation>
    </message>
    <message>
        <source>Which SKU is &quot;%1&quot;? Marketdesk remembers it for this marketplace item: later orders of it arrive with the SKU, and their stock is reserved.</source>
        <translation>Which SKU is &quot;%1&quot;? Marketdesk remembers it for this marketplace item: later orders of it arrive with the SKU, and their stock is reserved.</translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) now sell %1.</source>
        <translation>
            <numerusform>%n order line now sell %1.</numerusform>
            <numerusform>%n order lines now sell %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) queued; they are sent as soon as Marketdesk is online.</source>
        <translation>
            <numerusform>%n shipment queued; they are sent as soon as Marketdesk is online.</numerusform>
            <numerusform>%n shipments queued; they are sent as soon as Marketdesk is online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) packed.</source>
        <translation>
            <numerusform>%n order packed.</numerusform>
            <numerusform>%n orders packed.</numerusform>
        </translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>no SKU</translation>
    </message>
    <message>
        <source>Match &quot;%1&quot; to a SKU…</source>
        <translation>Match &quot;%1&quot; to a SKU…</translation>
    </message>
    <message>
        <source>Orders are on their way</source>
        <translation>Orders are on their way</translation>
    </message>
    <message>
        <source>%1 — they appear here as they are stored, and stay available offline.</source>
        <translation>%1 — they appear here as they are stored, and stay available offline.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message numerus="yes">
        <source>Orders of the %n connected account(s) appear here after their sync (Accounts → Sync orders now, Ctrl+R), and stay available offline.</source>
        <translation>
            <numerusform>Orders of the connected account appear here after its sync (Accounts → Sync orders now, Ctrl+R), and stay available offline.</numerusform>
            <numerusform>Orders of the %n connected accounts appear here after their sync (Accounts → Sync orders now, Ctrl+R), and stay available offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders of every connected account will appear here and stay available offline. Connect a seller account to start receiving them.</source>
        <translation>Orders of every connected account will appear here and stay available offline. Connect a seller account to start receiving them.</translation>
    </message>
</context>
<context>
    <name>md::Outbox</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Refused: needs you</source>
        <translation>Refused: needs you</translation>
    </message>
    <message>
        <source>Conflict: needs you</source>
        <translation>Conflict: needs you</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>md::OutboxModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Last answer</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
</context>
<context>
    <name>md::OutboxPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Try a stopped action again; Marketdesk first checks whether the marketplace already has it</source>
        <translation>Try a stopped action again; Marketdesk first checks whether the marketplace already has it</translation>
    </message>
    <message>
        <source>Do not send this action; the order no longer waits for it</source>
        <translation>Do not send this action; the order no longer waits for it</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — order %2</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Last answer</translation>
    </message>
    <message>
        <source>Marketplace reference</source>
        <translation>Marketplace reference</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotency key</translation>
    </message>
    <message>
        <source>Withdraw action</source>
        <translation>Withdraw action</translation>
    </message>
    <message>
        <source>%1 of order %2 will not be sent to the marketplace.</source>
        <translation>%1 of order %2 will not be sent to the marketplace.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>%1 of order %2 will be tried again.</source>
        <translation>%1 of order %2 will be tried again.</translation>
    </message>
    <message>
        <source>%1 of order %2 withdrawn.</source>
        <translation>%1 of order %2 withdrawn.</translation>
    </message>
</context>
<context>
    <name>md::OutboxRepository</name>
    <message>
        <source>This action is already queued (key %1).</source>
        <translation>This action is already queued (key %1).</translation>
    </message>
    <message>
        <source>This action is being sent or was already sent; it can no longer be withdrawn.</source>
        <translation>This action is being sent or was already sent; it can no longer be withdrawn.</translation>
    </message>
</context>
<context>
    <name>md::OutboxSender</name>
    <message>
        <source>The account of this action no longer exists.</source>
        <translation>The account of this action no longer exists.</translation>
    </message>
    <message>
        <source>Marketdesk cannot send this action to %1.</source>
        <translation>Marketdesk cannot send this action to %1.</translation>
    </message>
    <message>
        <source>The account must sign in again: %1</source>
        <translation>The account must sign in again: %1</translation>
    </message>
</context>
<context>
    <name>md::PackingSlipPrinter</name>
    <message>
        <source>Packing slip</source>
        <translation>Packing slip</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Placed %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(no SKU)</translation>
    </message>
    <message>
        <source>not reserved</source>
        <translation>not reserved</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this parcel.</source>
        <translation>
            <numerusform>%n item in this parcel.</numerusform>
            <numerusform>%n items in this parcel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note from the buyer</source>
        <translation>Note from the buyer</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>Thank you for your order!</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Packing slips</translation>
    </message>
    <message>
        <source>The packing slips could not be written to %1.</source>
        <translation>The packing slips could not be written to %1.</translation>
    </message>
    <message>
        <source>Print packing slips</source>
        <translation>Print packing slips</translation>
    </message>
    <message>
        <source>%1 is not an image Marketdesk can read (PNG, JPEG, SVG or BMP).</source>
        <translation>%1 is not an image Marketdesk can read (PNG, JPEG, SVG or BMP).</translation>
    </message>
    <message>
        <source>The logo could not be saved to %1.</source>
        <translation>The logo could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>md::PageSource</name>
    <message>
        <source>%1&apos;s answer was empty.</source>
        <translation>%1&apos;s answer was empty.</translation>
    </message>
</context>
<context>
    <name>md::PagedSync</name>
    <message>
        <source>The sync was cancelled; it resumes after the last stored page.</source>
        <translation>The sync was cancelled; it resumes after the last stored page.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>Marketdesk does not sync the %1 of %2 accounts yet.</source>
        <translation>Marketdesk does not sync the %1 of %2 accounts yet.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated.</source>
        <translation>The account &quot;%1&quot; is deactivated.</translation>
    </message>
</context>
<context>
    <name>md::PickListPrinter</name>
    <message>
        <source>Pick list</source>
        <translation>Pick list</translation>
    </message>
    <message>
        <source>Not reserved — check stock before picking</source>
        <translation>Not reserved — check stock before picking</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(no SKU)</translation>
    </message>
    <message>
        <source>The pick list could not be written to %1.</source>
        <translation>The pick list could not be written to %1.</translation>
    </message>
    <message>
        <source>Print pick list</source>
        <translation>Print pick list</translation>
    </message>
    <message>
        <source>%1, %2 — printed %3</source>
        <translation>%1, %2 — printed %3</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Provider</name>
    <message>
        <source>eBay</source>
        <translation>eBay</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>OfferUp</source>
        <translation>OfferUp</translation>
    </message>
</context>
<context>
    <name>md::ProviderSettings</name>
    <message>
        <source>OAuth address</source>
        <translation>OAuth address</translation>
    </message>
    <message>
        <source>Seller Central address</source>
        <translation>Seller Central address</translation>
    </message>
    <message>
        <source>Login dialog address</source>
        <translation>Login dialog address</translation>
    </message>
    <message>
        <source>Store address ({shop} stands for the store)</source>
        <translation>Store address ({shop} stands for the store)</translation>
    </message>
    <message>
        <source>SP-API address</source>
        <translation>SP-API address</translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation>Graph API address</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API address</translation>
    </message>
    <message>
        <source>Identity API address</source>
        <translation>Identity API address</translation>
    </message>
    <message>
        <source>Login with Amazon address</source>
        <translation>Login with Amazon address</translation>
    </message>
    <message>
        <source>Client ID (App ID)</source>
        <translation>Client ID (App ID)</translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation>LWA client ID</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>RuName</source>
        <translation>RuName</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <source>Redirect port (0: any free port)</source>
        <translation>Redirect port (0: any free port)</translation>
    </message>
</context>
<context>
    <name>md::ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>Marketdesk&apos;s own keys for each marketplace, as the marketplace&apos;s developer portal shows them. Client secrets are kept in the system keychain.</source>
        <translation>Marketdesk&apos;s own keys for each marketplace, as the marketplace&apos;s developer portal shows them. Client secrets are kept in the system keychain.</translation>
    </message>
    <message>
        <source>Demo mode talks to its demo marketplace; these settings apply when Marketdesk runs normally.</source>
        <translation>Demo mode talks to its demo marketplace; these settings apply when Marketdesk runs normally.</translation>
    </message>
    <message>
        <source>Leave empty to keep the secret in the keychain</source>
        <translation>Leave empty to keep the secret in the keychain</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not an https address (plain http is allowed only for this computer).</source>
        <translation>%1 (%2): &quot;%3&quot; is not an https address (plain http is allowed only for this computer).</translation>
    </message>
</context>
<context>
    <name>md::Purpose</name>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Buyer and seller</source>
        <translation>Buyer and seller</translation>
    </message>
</context>
<context>
    <name>md::ReservationsDialog</name>
    <message>
        <source>Stock for order %1</source>
        <translation>Stock for order %1</translation>
    </message>
    <message>
        <source>Where each line&apos;s stock is reserved. Move it to another location, or release it: a released line waits until you reserve it again here, and what it frees goes to the oldest order waiting for it.</source>
        <translation>Where each line&apos;s stock is reserved. Move it to another location, or release it: a released line waits until you reserve it again here, and what it frees goes to the oldest order waiting for it.</translation>
    </message>
    <message>
        <source>Release (not reserved)</source>
        <translation>Release (not reserved)</translation>
    </message>
    <message>
        <source>Not reserved</source>
        <translation>Not reserved</translation>
    </message>
    <message>
        <source>%1 — reserved here</source>
        <translation>%1 — reserved here</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n available</source>
        <translation>
            <numerusform>%1 — %n available</numerusform>
            <numerusform>%1 — %n available</numerusform>
        </translation>
    </message>
    <message>
        <source>This line has no SKU: map it to a SKU before reserving stock.</source>
        <translation>This line has no SKU: map it to a SKU before reserving stock.</translation>
    </message>
    <message>
        <source>%1 × %2 (%3):</source>
        <translation>%1 × %2 (%3):</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>no SKU</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>md::ResponseTimeChart</name>
    <message>
        <source>No health checks yet</source>
        <translation>No health checks yet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>md::ReturnsModel</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>md::SecretStore</name>
    <message>
        <source>The system keychain is not available, so secrets cannot be read or saved. Start a keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>The system keychain is not available, so secrets cannot be read or saved. Start a keyring (for example GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again.</source>
        <translation>The system keychain refused access; it may be locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>The system keychain did not answer: %1</translation>
    </message>
</context>
<context>
    <name>md::Severity</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>md::ShipDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation>Ship order %1</translation>
    </message>
    <message>
        <source>%1 — %2. The shipment is sent to %3 as soon as Marketdesk is online; it waits in the outbox until then.</source>
        <translation>%1 — %2. The shipment is sent to %3 as soon as Marketdesk is online; it waits in the outbox until then.</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Carrier:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Tracking number:</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Ship</translation>
    </message>
    <message>
        <source>Queuing the shipment…</source>
        <translation>Queuing the shipment…</translation>
    </message>
</context>
<context>
    <name>md::ShopifyClient</name>
    <message>
        <source>The answer did not carry Shopify&apos;s signature, so it was not trusted; nothing was stored.</source>
        <translation>The answer did not carry Shopify&apos;s signature, so it was not trusted; nothing was stored.</translation>
    </message>
    <message>
        <source>Shopify answered for the store %1, not %2; nothing was stored.</source>
        <translation>Shopify answered for the store %1, not %2; nothing was stored.</translation>
    </message>
    <message>
        <source>Shopify refused the sign-in answer: %1</source>
        <translation>Shopify refused the sign-in answer: %1</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer held no access token.</source>
        <translation>Shopify&apos;s answer held no access token.</translation>
    </message>
    <message>
        <source>Marketdesk&apos;s Shopify query is missing from this build.</source>
        <translation>Marketdesk&apos;s Shopify query is missing from this build.</translation>
    </message>
    <message>
        <source>Shopify did not say which store this is: %1</source>
        <translation>Shopify did not say which store this is: %1</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer held no shop.</source>
        <translation>Shopify&apos;s answer held no shop.</translation>
    </message>
</context>
<context>
    <name>md::ShopifyFulfilment</name>
    <message>
        <source>Marketdesk&apos;s Shopify document %1 is missing from this build.</source>
        <translation>Marketdesk&apos;s Shopify document %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Shopify asks to slow down.</source>
        <translation>Shopify asks to slow down.</translation>
    </message>
    <message>
        <source>Shopify refused the request: %1</source>
        <translation>Shopify refused the request: %1</translation>
    </message>
    <message>
        <source>Shopify does not know this order any more.</source>
        <translation>Shopify does not know this order any more.</translation>
    </message>
    <message>
        <source>Shopify says the order was cancelled meanwhile.</source>
        <translation>Shopify says the order was cancelled meanwhile.</translation>
    </message>
    <message>
        <source>Shopify says: %1</source>
        <translation>Shopify says: %1</translation>
    </message>
    <message>
        <source>Shopify has no action &quot;%1&quot; in Marketdesk.</source>
        <translation>Shopify has no action &quot;%1&quot; in Marketdesk.</translation>
    </message>
    <message>
        <source>Shopify says nothing of this order is left to ship.</source>
        <translation>Shopify says nothing of this order is left to ship.</translation>
    </message>
</context>
<context>
    <name>md::ShopifyOrderSource</name>
    <message>
        <source>Marketdesk&apos;s Shopify query is missing from this build.</source>
        <translation>Marketdesk&apos;s Shopify query is missing from this build.</translation>
    </message>
    <message>
        <source>Shopify refused the orders query: %1</source>
        <translation>Shopify refused the orders query: %1</translation>
    </message>
</context>
<context>
    <name>md::ShopifyOrders</name>
    <message>
        <source>it has no id</source>
        <translation>it has no id</translation>
    </message>
    <message>
        <source>%1 is in %2, the total in %3</source>
        <translation>%1 is in %2, the total in %3</translation>
    </message>
    <message>
        <source>it has no total</source>
        <translation>it has no total</translation>
    </message>
</context>
<context>
    <name>md::SqlQuery</name>
    <message>
        <source>A database statement failed</source>
        <translation>A database statement failed</translation>
    </message>
    <message>
        <source>The database returned no row where one was expected.</source>
        <translation>The database returned no row where one was expected.</translation>
    </message>
</context>
<context>
    <name>md::StateRegistry</name>
    <message>
        <source>This sign-in answer was already used. Start connecting the account again.</source>
        <translation>This sign-in answer was already used. Start connecting the account again.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to a connection Marketdesk started. Start connecting the account again from Marketdesk.</source>
        <translation>This sign-in answer does not belong to a connection Marketdesk started. Start connecting the account again from Marketdesk.</translation>
    </message>
    <message>
        <source>The sign-in took longer than %1 minutes and has expired. Start connecting the account again.</source>
        <translation>The sign-in took longer than %1 minutes and has expired. Start connecting the account again.</translation>
    </message>
    <message>
        <source>This sign-in was cancelled in Marketdesk, so its answer was not used and nothing was stored. Start connecting the account again from Marketdesk.</source>
        <translation>This sign-in was cancelled in Marketdesk, so its answer was not used and nothing was stored. Start connecting the account again from Marketdesk.</translation>
    </message>
    <message>
        <source>This sign-in answer belongs to another connection than the one Marketdesk is waiting for. Finish signing in from the window Marketdesk opened last.</source>
        <translation>This sign-in answer belongs to another connection than the one Marketdesk is waiting for. Finish signing in from the window Marketdesk opened last.</translation>
    </message>
</context>
<context>
    <name>md::StockAllocator</name>
    <message>
        <source>That order line no longer exists.</source>
        <translation>That order line no longer exists.</translation>
    </message>
    <message>
        <source>A receipt of %1 units cannot be recorded: receive at least one.</source>
        <translation>A receipt of %1 units cannot be recorded: receive at least one.</translation>
    </message>
    <message>
        <source>This line has no SKU: map it to a SKU before reserving stock.</source>
        <translation>This line has no SKU: map it to a SKU before reserving stock.</translation>
    </message>
    <message>
        <source>Not enough %1 is available there for this line (%2 needed).</source>
        <translation>Not enough %1 is available there for this line (%2 needed).</translation>
    </message>
    <message>
        <source>This line holds no stock to release.</source>
        <translation>This line holds no stock to release.</translation>
    </message>
    <message>
        <source>Transfer at least one unit.</source>
        <translation>Transfer at least one unit.</translation>
    </message>
    <message>
        <source>Choose another location to transfer to.</source>
        <translation>Choose another location to transfer to.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are free to move here (the rest is reserved for orders); move or release those reservations first.</source>
        <translation>Only %1 of %2 are free to move here (the rest is reserved for orders); move or release those reservations first.</translation>
    </message>
    <message>
        <source>A location needs a code, as on its label (e.g. A-01).</source>
        <translation>A location needs a code, as on its label (e.g. A-01).</translation>
    </message>
    <message>
        <source>There is already a location %1.</source>
        <translation>There is already a location %1.</translation>
    </message>
    <message>
        <source>Type or choose the SKU this item is.</source>
        <translation>Type or choose the SKU this item is.</translation>
    </message>
    <message>
        <source>This order line is no longer stored.</source>
        <translation>This order line is no longer stored.</translation>
    </message>
    <message>
        <source>This line already has the SKU %1.</source>
        <translation>This line already has the SKU %1.</translation>
    </message>
</context>
<context>
    <name>md::StockModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Available at every location together, of what is on hand there</source>
        <translation>Available at every location together, of what is on hand there</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>md::StockPane</name>
    <message>
        <source>Reserved for an order</source>
        <translation>Reserved for an order</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Released by a cancellation</source>
        <translation>Released by a cancellation</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>&amp;Count…</source>
        <translation>&amp;Count…</translation>
    </message>
    <message>
        <source>Record how many you counted on the shelf; the difference goes to the ledger</source>
        <translation>Record how many you counted on the shelf; the difference goes to the ledger</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Reserved for orders</source>
        <translation>Reserved for orders</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Reading the ledger…</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Count %1 at %2</source>
        <translation>Count %1 at %2</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Counted:</translation>
    </message>
    <message>
        <source>Optional: why it differs (breakage, found, …)</source>
        <translation>Optional: why it differs (breakage, found, …)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Count stock</source>
        <translation>Count stock</translation>
    </message>
    <message>
        <source>%1 at %2: %3 on hand.</source>
        <translation>%1 at %2: %3 on hand.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>An order no longer stored</source>
        <translation>An order no longer stored</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Rec&amp;eive…</source>
        <translation>Rec&amp;eive…</translation>
    </message>
    <message>
        <source>Record stock that arrived at this location; orders waiting for it are reserved first</source>
        <translation>Record stock that arrived at this location; orders waiting for it are reserved first</translation>
    </message>
    <message>
        <source>Marketdesk has %1 on hand here, %2 of them reserved for orders. Enter what is on the shelf; the difference is written to the ledger. If it is less than what is reserved, the newest orders here give way and wait for stock.</source>
        <translation>Marketdesk has %1 on hand here, %2 of them reserved for orders. Enter what is on the shelf; the difference is written to the ledger. If it is less than what is reserved, the newest orders here give way and wait for stock.</translation>
    </message>
    <message>
        <source>Receive %1 at %2</source>
        <translation>Receive %1 at %2</translation>
    </message>
    <message>
        <source>Stock that arrived at this location. Orders waiting for %1 are reserved from it first, oldest order first.</source>
        <translation>Stock that arrived at this location. Orders waiting for %1 are reserved from it first, oldest order first.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Optional: purchase order, supplier, delivery note…</source>
        <translation>Optional: purchase order, supplier, delivery note…</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Receive stock</source>
        <translation>Receive stock</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n received.</source>
        <translation>
            <numerusform>%1 at %2: %n received.</numerusform>
            <numerusform>%1 at %2: %n received.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Reservation released</source>
        <translation>Reservation released</translation>
    </message>
    <message>
        <source>Reserved by hand</source>
        <translation>Reserved by hand</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Transfer to %1</translation>
    </message>
    <message>
        <source>Transfer from %1</source>
        <translation>Transfer from %1</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Move free stock of this SKU to another location</source>
        <translation>Move free stock of this SKU to another location</translation>
    </message>
    <message>
        <source>Stock of a SKU at a location, new or not, or a new location</source>
        <translation>Stock of a SKU at a location, new or not, or a new location</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Transfer %1 from %2</source>
        <translation>Transfer %1 from %2</translation>
    </message>
    <message numerus="yes">
        <source>%n free to move (not reserved for orders).</source>
        <translation>
            <numerusform>%n free to move (not reserved for orders).</numerusform>
            <numerusform>%n free to move (not reserved for orders).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Optional: why</source>
        <translation>Optional: why</translation>
    </message>
    <message>
        <source>Transfer stock</source>
        <translation>Transfer stock</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n moved from %2.</source>
        <translation>
            <numerusform>%1: %n moved from %2.</numerusform>
            <numerusform>%1: %n moved from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add stock</source>
        <translation>Add stock</translation>
    </message>
    <message>
        <source>Stock of a SKU at a location — a SKU Marketdesk has not seen yet, or a new location (type its code). Orders waiting for the SKU are reserved from it.</source>
        <translation>Stock of a SKU at a location — a SKU Marketdesk has not seen yet, or a new location (type its code). Orders waiting for the SKU are reserved from it.</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Enter the SKU, as on the product&apos;s label.</source>
        <translation>Enter the SKU, as on the product&apos;s label.</translation>
    </message>
    <message>
        <source>A&amp;dd stock…</source>
        <translation>A&amp;dd stock…</translation>
    </message>
</context>
<context>
    <name>md::StockRepository</name>
    <message>
        <source>Stock of %1 cannot change by %2 on hand and %3 reserved: not enough stock.</source>
        <translation>Stock of %1 cannot change by %2 on hand and %3 reserved: not enough stock.</translation>
    </message>
    <message>
        <source>A count of %1 cannot be below zero.</source>
        <translation>A count of %1 cannot be below zero.</translation>
    </message>
    <message>
        <source>%1 units of %2 are reserved for orders here; a count of %3 would leave them short. Move or cancel those orders first.</source>
        <translation>%1 units of %2 are reserved for orders here; a count of %3 would leave them short. Move or cancel those orders first.</translation>
    </message>
    <message>
        <source>The stock of %1 changed while you counted (it is no longer %2). Look at it again and count once more.</source>
        <translation>The stock of %1 changed while you counted (it is no longer %2). Look at it again and count once more.</translation>
    </message>
</context>
<context>
    <name>md::SyncService::Worker</name>
    <message>
        <source>The sync has no database connection.</source>
        <translation>The sync has no database connection.</translation>
    </message>
</context>
<context>
    <name>md::TablePane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Nothing matches &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change or clear the filter to see all rows.</source>
        <translation>Change or clear the filter to see all rows.</translation>
    </message>
    <message>
        <source>Nothing matches the chosen filters</source>
        <translation>Nothing matches the chosen filters</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>md::TokenManager</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated; reactivate it first.</source>
        <translation>The account &quot;%1&quot; is deactivated; reactivate it first.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no tokens: connect it first.</source>
        <translation>The account &quot;%1&quot; has no tokens: connect it first.</translation>
    </message>
    <message>
        <source>Marketdesk cannot talk to %1 (%2) yet.</source>
        <translation>Marketdesk cannot talk to %1 (%2) yet.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the authorization of &quot;%2&quot;. Reconnect the account.</source>
        <translation>%1 no longer accepts the authorization of &quot;%2&quot;. Reconnect the account.</translation>
    </message>
    <message>
        <source>The keychain holds no token for &quot;%1&quot;. Reconnect the account.</source>
        <translation>The keychain holds no token for &quot;%1&quot;. Reconnect the account.</translation>
    </message>
    <message>
        <source>The keychain holds no refresh token for &quot;%1&quot;. Reconnect the account.</source>
        <translation>The keychain holds no refresh token for &quot;%1&quot;. Reconnect the account.</translation>
    </message>
    <message>
        <source>Marketdesk has no client secret for %1 (%2). Enter it in the Providers settings.</source>
        <translation>Marketdesk has no client secret for %1 (%2). Enter it in the Providers settings.</translation>
    </message>
</context>
<context>
    <name>md::TrackingEntry</name>
    <message>
        <source>Type or scan the label&apos;s tracking number</source>
        <translation>Type or scan the label&apos;s tracking number</translation>
    </message>
</context>
<context>
    <name>md::Transaction</name>
    <message>
        <source>Cannot begin a database transaction</source>
        <translation>Cannot begin a database transaction</translation>
    </message>
    <message>
        <source>No database transaction is open.</source>
        <translation>No database transaction is open.</translation>
    </message>
    <message>
        <source>Cannot commit the database transaction</source>
        <translation>Cannot commit the database transaction</translation>
    </message>
</context>
<context>
    <name>md::TrayIcon</name>
    <message>
        <source>Hide Marketdesk</source>
        <translation>Hide Marketdesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Marketdesk</source>
        <translation>Marketdesk</translation>
    </message>
    <message>
        <source>Marketdesk — needs attention</source>
        <translation>Marketdesk — needs attention</translation>
    </message>
    <message>
        <source>Show Marketdesk</source>
        <translation>Show Marketdesk</translation>
    </message>
</context>
<context>
    <name>md::Words</name>
    <message>
        <source>Other (%1)</source>
        <translation>Other (%1)</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>Partly shipped</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Payment pending</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>Not shipped</source>
        <translation>Not shipped</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Picked</translation>
    </message>
    <message>
        <source>No SKU to reserve: map the line to a SKU</source>
        <translation>No SKU to reserve: map the line to a SKU</translation>
    </message>
    <message>
        <source>A stock count left too little for this order</source>
        <translation>A stock count left too little for this order</translation>
    </message>
    <message>
        <source>Released by hand: reserve it again by hand</source>
        <translation>Released by hand: reserve it again by hand</translation>
    </message>
    <message>
        <source>Not enough %1 available</source>
        <translation>Not enough %1 available</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>listings</source>
        <translation>listings</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>returns</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>md::AccountRepository</name>
    <message>
        <source>An account for this marketplace user, or an active account named &quot;%1&quot;, already exists.</source>
        <translation>Un compte existe déjà pour cet utilisateur de la place de marché, ou un compte actif s’appelle déjà « %1 ».</translation>
    </message>
</context>
<context>
    <name>md::AccountService</name>
    <message>
        <source>Give the account a house name, such as &quot;Warehouse-A&quot;.</source>
        <translation>Donnez au compte un nom de maison, par exemple « Entrepôt-A ».</translation>
    </message>
    <message>
        <source>A house name has at most 64 characters.</source>
        <translation>Un nom de maison compte au plus 64 caractères.</translation>
    </message>
    <message>
        <source>An active account is already called &quot;%1&quot;. Choose another house name.</source>
        <translation>Un compte actif s’appelle déjà « %1 ». Choisissez un autre nom de maison.</translation>
    </message>
    <message>
        <source>This account is no longer stored.</source>
        <translation>Ce compte n’est plus enregistré.</translation>
    </message>
    <message>
        <source>Rename the house first, then reactivate it.</source>
        <translation>Renommez d’abord la maison, puis réactivez-la.</translation>
    </message>
    <message>
        <source>The tokens of %1 could not be deleted from the keychain, so the account was kept: %2</source>
        <translation>Les jetons de %1 n’ont pas pu être supprimés du trousseau ; le compte a donc été conservé : %2</translation>
    </message>
</context>
<context>
    <name>md::AccountStatus</name>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Revoked — reconnect</source>
        <translation>Révoqué — reconnectez</translation>
    </message>
    <message>
        <source>Refresh failing</source>
        <translation>Renouvellement en échec</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Re-authorization due</source>
        <translation>Réautorisation à faire</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>En bonne santé</translation>
    </message>
</context>
<context>
    <name>md::AccountsModel</name>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Marketplace user</source>
        <translation>Utilisateur de la place de marché</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Marketplace ID</source>
        <translation>ID de place de marché</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Expiration du jeton d’accès</translation>
    </message>
    <message>
        <source>Re-authorization due</source>
        <translation>Nouvelle autorisation requise</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Dernier contrôle de santé</translation>
    </message>
    <message>
        <source>%1 — OK, %2 ms</source>
        <translation>%1 — OK, %2 ms</translation>
    </message>
    <message>
        <source>%1 — failed (%2)</source>
        <translation>%1 — échec (%2)</translation>
    </message>
    <message>
        <source>Manual — no API</source>
        <translation>Manuel — sans API</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>n’expire pas</translation>
    </message>
    <message>
        <source>revoked — reconnect</source>
        <translation>révoquée — reconnectez</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>md::AmazonClient</name>
    <message>
        <source>Amazon refused the sign-in answer (it was already used or has expired). Start connecting the account again.</source>
        <translation>Amazon a refusé la réponse de connexion (déjà utilisée ou expirée). Recommencez la connexion du compte.</translation>
    </message>
    <message>
        <source>Amazon did not accept Marketdesk&apos;s app keys. Check the LWA client id and secret.</source>
        <translation>Amazon n’a pas accepté les clés d’application de Marketdesk. Vérifiez l’identifiant et le secret client LWA.</translation>
    </message>
    <message>
        <source>Login with Amazon could not be completed: %1</source>
        <translation>La connexion avec Amazon n’a pas pu aboutir : %1</translation>
    </message>
    <message>
        <source>Amazon&apos;s answer held no access or refresh token.</source>
        <translation>La réponse d’Amazon ne contenait pas de jeton d’accès ou de renouvellement.</translation>
    </message>
    <message>
        <source>Amazon&apos;s answer did not name the selling partner.</source>
        <translation>La réponse d’Amazon ne nommait pas le partenaire vendeur.</translation>
    </message>
    <message>
        <source>Amazon did not confirm the seller account: %1</source>
        <translation>Amazon n’a pas confirmé le compte vendeur : %1</translation>
    </message>
</context>
<context>
    <name>md::AmazonFulfilment</name>
    <message>
        <source>Amazon says the order was cancelled meanwhile.</source>
        <translation>Amazon indique que la commande a été annulée entre-temps.</translation>
    </message>
    <message>
        <source>Amazon does not let apps cancel orders; cancel it in Seller Central.</source>
        <translation>Amazon ne permet pas aux applications d’annuler des commandes ; annulez-la dans Seller Central.</translation>
    </message>
</context>
<context>
    <name>md::AmazonOrders</name>
    <message>
        <source>it has no orderId</source>
        <translation>elle n’a pas d’orderId</translation>
    </message>
    <message>
        <source>it has no grand total</source>
        <translation>elle n’a pas de total général</translation>
    </message>
    <message>
        <source>an amount is in %1, the total in %2</source>
        <translation>un montant est en %1, le total en %2</translation>
    </message>
</context>
<context>
    <name>md::Application</name>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Marketdesk cannot start</source>
        <translation>Marketdesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>The demo marketplace is still starting. Try again in a moment.</source>
        <translation>La place de marché de démonstration démarre encore. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable or locked, so accounts cannot sign in to their marketplaces. Local data stays available, and nothing secret is written anywhere else. Unlock the keychain (or start its service), then choose Retry.</source>
        <translation>Le trousseau du système est indisponible ou verrouillé : les comptes ne peuvent pas se connecter à leurs places de marché. Les données locales restent disponibles et rien de secret n’est écrit ailleurs. Déverrouillez le trousseau (ou démarrez son service), puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>Renouvellement du jeton de %1…</translation>
    </message>
    <message>
        <source>Refreshed the token of %1.</source>
        <translation>Jeton de %1 renouvelé.</translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation>Le renouvellement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Contrôle de %1…</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Rename house</source>
        <translation>Renommer la maison</translation>
    </message>
    <message>
        <source>Change purpose</source>
        <translation>Changer l’usage</translation>
    </message>
    <message>
        <source>Forget account</source>
        <translation>Oublier le compte</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>The client secret was not stored: %1</source>
        <translation>Le secret client n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Demo marketplace at %1</source>
        <translation>Place de marché de démonstration à %1</translation>
    </message>
    <message>
        <source>Syncing the orders of %1: %2 so far…</source>
        <translation>Synchronisation des commandes de %1 : %2 jusqu’ici…</translation>
    </message>
    <message>
        <source>Syncing %1 accounts: %2 orders so far…</source>
        <translation>Synchronisation de %1 comptes : %2 commandes jusqu’ici…</translation>
    </message>
    <message>
        <source>Rewind order sync</source>
        <translation>Rembobiner la synchronisation des commandes</translation>
    </message>
    <message>
        <source>This account&apos;s orders are syncing right now; rewind when it is done.</source>
        <translation>Les commandes de ce compte se synchronisent en ce moment ; rembobinez quand ce sera terminé.</translation>
    </message>
    <message>
        <source>The server refused this password for %1. Type it again:</source>
        <translation>Le serveur a refusé ce mot de passe pour %1. Saisissez-le de nouveau :</translation>
    </message>
    <message>
        <source>Password for %1 (it will be kept in the system keychain once it works):</source>
        <translation>Mot de passe pour %1 (il sera conservé dans le trousseau du système dès qu’il fonctionne) :</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Marketdesk has not written to it. The copy taken on %1 can replace it; the damaged file is kept beside it, renamed.</source>
        <translation>Marketdesk n’y a rien écrit. La copie prise le %1 peut la remplacer ; le fichier endommagé est conservé à côté, renommé.</translation>
    </message>
    <message>
        <source>Restore the copy of %1</source>
        <translation>Restaurer la copie du %1</translation>
    </message>
    <message>
        <source>Marketdesk has not written to it, and there is no copy of it here. Restore a backup of %1, then start Marketdesk again.</source>
        <translation>Marketdesk n’y a rien écrit, et aucune copie n’est disponible ici. Restaurez une sauvegarde de %1, puis relancez Marketdesk.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The copy could not replace the damaged database in %1.</source>
        <translation>La copie n’a pas pu remplacer la base de données endommagée dans %1.</translation>
    </message>
    <message>
        <source>Database server unreachable, retrying… %1</source>
        <translation>Serveur de base de données injoignable, nouvelle tentative… %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database %2 in it. Check the path, or create the folder first.</source>
        <translation>Le dossier %1 n’existe pas : il n’y a donc pas de base de données %2. Vérifiez le chemin, ou créez d’abord le dossier.</translation>
    </message>
    <message>
        <source>A new, empty database was created at %1.</source>
        <translation>Une nouvelle base de données, vide, a été créée à %1.</translation>
    </message>
    <message>
        <source>Syncing the %1 of %2 failed: %3</source>
        <translation>La synchronisation des %1 de %2 a échoué : %3</translation>
    </message>
</context>
<context>
    <name>md::AuthClient</name>
    <message>
        <source>%1 tokens are not refreshed; connect the account again to renew them.</source>
        <translation>Les jetons %1 ne se renouvellent pas ; reconnectez le compte pour les renouveler.</translation>
    </message>
    <message>
        <source>%1 did not accept Marketdesk&apos;s app keys. Check them in the Providers settings.</source>
        <translation>%1 n’a pas accepté les clés d’application de Marketdesk. Vérifiez-les dans les réglages des fournisseurs.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s authorization (it was revoked or has expired). Reconnect the account.</source>
        <translation>%1 n’accepte plus l’autorisation de ce compte (révoquée ou expirée). Reconnectez le compte.</translation>
    </message>
    <message>
        <source>%1 answered the token refresh with HTTP status %2.</source>
        <translation>%1 a répondu au renouvellement du jeton avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>%1&apos;s refresh answer held no access token.</source>
        <translation>La réponse de renouvellement de %1 ne contenait aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 : %2.</translation>
    </message>
</context>
<context>
    <name>md::BatchShipDialog</name>
    <message numerus="yes">
        <source>Ship %n order(s)</source>
        <translation>
            <numerusform>Expédier %n commande</numerusform>
            <numerusform>Expédier %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s label in turn: Enter moves to the next order. Orders left without a number stay as they are. Each shipment is sent to its marketplace as soon as Marketdesk is online.</source>
        <translation>Scannez l’étiquette de chaque colis à tour de rôle : Entrée passe à la commande suivante. Les commandes laissées sans numéro restent telles quelles. Chaque expédition est envoyée à sa place de marché dès que Marketdesk est en ligne.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n shipment(s)…</source>
        <translation>
            <numerusform>Mise en file de %n expédition…</numerusform>
            <numerusform>Mise en file de %n expéditions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has this number too: each parcel has its own label.</source>
        <translation>La commande %1 a aussi ce numéro : chaque colis a sa propre étiquette.</translation>
    </message>
    <message>
        <source>%1 of %2 ready to ship.</source>
        <translation>%1 sur %2 prêtes à expédier.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) to correct.</source>
        <translation>
            <numerusform>%n numéro à corriger.</numerusform>
            <numerusform>%n numéros à corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ship %n order(s)</source>
        <translation>
            <numerusform>&amp;Expédier %n commande</numerusform>
            <numerusform>&amp;Expédier %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>En file d’attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) refused: see the orders marked.</source>
        <translation>
            <numerusform>%n expédition refusée : voyez la commande signalée.</numerusform>
            <numerusform>%n expéditions refusées : voyez les commandes signalées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::CancelOrderDialog</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Annuler la commande %1</translation>
    </message>
    <message>
        <source>%1 refunds the buyer and the order&apos;s reserved stock is released once %1 confirms. This cannot be undone.</source>
        <translation>%1 rembourse l’acheteur et le stock réservé pour la commande est libéré dès que %1 confirme. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Optional note kept with the order</source>
        <translation>Note facultative conservée avec la commande</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Cancel &amp;order</source>
        <translation>Annuler la &amp;commande</translation>
    </message>
    <message>
        <source>&amp;Keep order</source>
        <translation>&amp;Garder la commande</translation>
    </message>
</context>
<context>
    <name>md::Carriers</name>
    <message>
        <source>Other carrier</source>
        <translation>Autre transporteur</translation>
    </message>
    <message>
        <source>Choose the carrier that takes the parcel.</source>
        <translation>Choisissez le transporteur qui prend le colis.</translation>
    </message>
    <message>
        <source>Enter the tracking number printed on the label.</source>
        <translation>Saisissez le numéro de suivi imprimé sur l’étiquette.</translation>
    </message>
    <message>
        <source>A USPS tracking number has 20 to 22 digits, or two letters, nine digits and US.</source>
        <translation>Un numéro de suivi USPS a de 20 à 22 chiffres, ou deux lettres, neuf chiffres et US.</translation>
    </message>
    <message>
        <source>A UPS tracking number is 1Z followed by 16 letters or digits.</source>
        <translation>Un numéro de suivi UPS est 1Z suivi de 16 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>A FedEx tracking number has 12, 15, 20 or 22 digits.</source>
        <translation>Un numéro de suivi FedEx a 12, 15, 20 ou 22 chiffres.</translation>
    </message>
    <message>
        <source>A DHL Express tracking number has 10 or 11 digits, or starts with JJD.</source>
        <translation>Un numéro de suivi DHL Express a 10 ou 11 chiffres, ou commence par JJD.</translation>
    </message>
    <message>
        <source>A Canada Post tracking number has 12 or 16 digits, or two letters, nine digits and CA.</source>
        <translation>Un numéro de suivi Postes Canada a 12 ou 16 chiffres, ou deux lettres, neuf chiffres et CA.</translation>
    </message>
    <message>
        <source>A Royal Mail tracking number is two letters, nine digits and GB.</source>
        <translation>Un numéro de suivi Royal Mail est formé de deux lettres, neuf chiffres et GB.</translation>
    </message>
    <message>
        <source>A tracking number has 4 to 40 letters and digits.</source>
        <translation>Un numéro de suivi a de 4 à 40 lettres et chiffres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tracking number. %3</source>
        <translation>« %1 » n’est pas un numéro de suivi %2. %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 tracking number: its check digit should be %3. Scan or type it again.</source>
        <translation>« %1 » n’est pas un numéro de suivi %2 valide : son chiffre de contrôle devrait être %3. Scannez-le ou saisissez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>md::CommandLine</name>
    <message>
        <source>Orders, listings and returns of all your marketplace accounts in one place.</source>
        <translation>Les commandes, annonces et retours de tous vos comptes de places de marché, au même endroit.</translation>
    </message>
    <message>
        <source>Use this database: postgresql://user@host:port/dbname, or an SQLite file. The password comes from the keychain or PGPASSWORD.</source>
        <translation>Utiliser cette base de données : postgresql://utilisateur@hôte:port/base, ou un fichier SQLite. Le mot de passe vient du trousseau ou de PGPASSWORD.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Show the interface in this language (en, fr).</source>
        <translation>Afficher l’interface dans cette langue (en, fr).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Keep data, logs and settings in this folder.</source>
        <translation>Conserver les données, les journaux et les réglages dans ce dossier.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Log debug messages too.</source>
        <translation>Journaliser aussi les messages de débogage.</translation>
    </message>
    <message>
        <source>Quit after this many seconds (for scripted checks).</source>
        <translation>Quitter après ce nombre de secondes (pour les vérifications automatisées).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Try Marketdesk against a local sandbox marketplace, with its own database and keychain entries.</source>
        <translation>Essayer Marketdesk avec une place de marché locale de démonstration, avec sa propre base de données et ses propres entrées de trousseau.</translation>
    </message>
    <message>
        <source>In demo mode, give each demo seller this many orders (to try a large warehouse).</source>
        <translation>En mode démo, donner autant de commandes à chaque vendeur de démonstration (pour essayer un grand entrepôt).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>--demo-orders wants a number from 1 to 1,000,000.</source>
        <translation>--demo-orders attend un nombre de 1 à 1 000 000.</translation>
    </message>
    <message>
        <source>Allow a crash to write a core dump (for debugging: it holds the tokens and secrets in memory).</source>
        <translation>Permettre à un plantage d’écrire un fichier core (pour le débogage : il contient les jetons et les secrets en mémoire).</translation>
    </message>
</context>
<context>
    <name>md::ConnectDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Paste the address you landed on…</source>
        <translation>Coller l’adresse d’arrivée…</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>e.g. Warehouse-A, Montreal</source>
        <translation>p. ex. Entrepôt-A, Montréal</translation>
    </message>
    <message>
        <source>&amp;House name:</source>
        <translation>Nom de &amp;maison :</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Place de marché :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Usage :</translation>
    </message>
    <message>
        <source>The link is on the clipboard: open it in a browser where you can sign in.</source>
        <translation>Le lien est dans le presse-papiers : ouvrez-le dans un navigateur où vous pouvez vous connecter.</translation>
    </message>
    <message>
        <source>Sign in on the marketplace&apos;s page in your browser and approve access; this window continues by itself.</source>
        <translation>Connectez-vous sur la page de la place de marché dans votre navigateur et autorisez l’accès ; cette fenêtre continue d’elle-même.</translation>
    </message>
    <message>
        <source>No browser opened. Use Copy link and open it yourself.</source>
        <translation>Aucun navigateur ne s’est ouvert. Utilisez « Copier le lien » et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>Paste the address you landed on</source>
        <translation>Coller l’adresse d’arrivée</translation>
    </message>
    <message>
        <source>After approving, copy the whole address from the browser&apos;s address bar and paste it here:</source>
        <translation>Après avoir autorisé l’accès, copiez l’adresse complète depuis la barre d’adresse du navigateur et collez-la ici :</translation>
    </message>
    <message>
        <source>your-store.myshopify.com</source>
        <translation>votre-boutique.myshopify.com</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Boutique :</translation>
    </message>
    <message>
        <source>the account&apos;s OfferUp username</source>
        <translation>le nom d’utilisateur OfferUp du compte</translation>
    </message>
    <message>
        <source>OfferUp has no public seller API, so there is nothing to sign in to: Marketdesk keeps this account for your records, and its listings will go through an assisted manual queue.</source>
        <translation>OfferUp n’a pas d’API publique pour les vendeurs, il n’y a donc rien à quoi se connecter : Marketdesk garde ce compte pour vos dossiers, et ses annonces passeront par une file manuelle assistée.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Another marketplace user</source>
        <translation>Un autre utilisateur de la place de marché</translation>
    </message>
    <message>
        <source>You signed in as %1; the house &quot;%2&quot; was %3.</source>
        <translation>Vous vous êtes connecté en tant que %1 ; la maison « %2 » était %3.</translation>
    </message>
    <message>
        <source>Replace %1 with %2 for this house? Its data stays; from now on it is synchronized as %2.</source>
        <translation>Remplacer %1 par %2 pour cette maison ? Ses données restent ; elle sera désormais synchronisée en tant que %2.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Déjà connecté</translation>
    </message>
    <message>
        <source>You signed in as %1, who is already connected as the house &quot;%2&quot;.</source>
        <translation>Vous vous êtes connecté en tant que %1, déjà connecté comme la maison « %2 ».</translation>
    </message>
    <message>
        <source>Keep the name &quot;%1&quot;, or rename that house to &quot;%2&quot;? Its orders stay with it either way; it is not connected twice.</source>
        <translation>Garder le nom « %1 », ou renommer cette maison en « %2 » ? Ses commandes la suivent dans les deux cas ; elle n’est pas connectée deux fois.</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot;</source>
        <translation>Garder « %1 »</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Renommer en « %1 »</translation>
    </message>
</context>
<context>
    <name>md::ConnectFlow</name>
    <message>
        <source>No answer came from the marketplace within %1 minutes. Start connecting the account again.</source>
        <translation>Aucune réponse de la place de marché en %1 minutes. Recommencez la connexion du compte.</translation>
    </message>
    <message>
        <source>A connection is already under way.</source>
        <translation>Une connexion est déjà en cours.</translation>
    </message>
    <message>
        <source>Connecting %1 accounts is not available yet.</source>
        <translation>La connexion des comptes %1 n’est pas encore disponible.</translation>
    </message>
    <message>
        <source>Marketdesk cannot receive the sign-in on port %1: %2</source>
        <translation>Marketdesk ne peut pas recevoir la connexion sur le port %1 : %2</translation>
    </message>
    <message>
        <source>No account connection is waiting for an answer.</source>
        <translation>Aucune connexion de compte n’attend de réponse.</translation>
    </message>
    <message>
        <source>Connecting the account was cancelled; nothing was stored.</source>
        <translation>La connexion du compte a été annulée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Access was declined on the marketplace&apos;s page; nothing was stored.</source>
        <translation>L’accès a été refusé sur la page de la place de marché ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The marketplace refused the sign-in: %1</source>
        <translation>La place de marché a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer held no authorization code; nothing was stored.</source>
        <translation>La réponse de la place de marché ne contenait aucun code d’autorisation ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Marketdesk has no client secret for %1 (%2). Enter it in the Providers settings.</source>
        <translation>Marketdesk n’a pas de secret client pour %1 (%2). Saisissez-le dans les réglages des fournisseurs.</translation>
    </message>
    <message>
        <source>Marketdesk has no %1 app keys yet. Enter them in the Providers settings.</source>
        <translation>Marketdesk n’a pas encore de clés d’application %1. Saisissez-les dans les réglages des fournisseurs.</translation>
    </message>
    <message>
        <source>A Shopify store is named like &quot;your-store.myshopify.com&quot;; &quot;%1&quot; is not.</source>
        <translation>Une boutique Shopify se nomme comme « votre-boutique.myshopify.com » ; « %1 » ne convient pas.</translation>
    </message>
    <message>
        <source>Give the %1 username of this account.</source>
        <translation>Indiquez le nom d’utilisateur %1 de ce compte.</translation>
    </message>
    <message>
        <source>%1 is already added as the house &quot;%2&quot;.</source>
        <translation>%1 est déjà ajouté comme maison « %2 ».</translation>
    </message>
    <message>
        <source>The account to reconnect no longer exists.</source>
        <translation>Le compte à reconnecter n’existe plus.</translation>
    </message>
    <message>
        <source>Nothing changed: &quot;%1&quot; stays connected as %2.</source>
        <translation>Rien n’a changé : « %1 » reste connecté en tant que %2.</translation>
    </message>
    <message>
        <source>%1 is already connected as the house &quot;%2&quot;; nothing changed.</source>
        <translation>%1 est déjà connecté comme maison « %2 » ; rien n’a changé.</translation>
    </message>
    <message>
        <source>Marketdesk is not waiting for this sign-in any more; nothing was stored.</source>
        <translation>Marketdesk n’attend plus cette connexion ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This sign-in answer belongs to an earlier connection; nothing was stored. Start connecting the account again.</source>
        <translation>Cette réponse de connexion appartient à une connexion précédente ; rien n’a été enregistré. Recommencez la connexion du compte.</translation>
    </message>
</context>
<context>
    <name>md::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Le pilote SQL de Qt %1 n’est pas installé (paquet Debian %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>The database server refused the password for %1.</source>
        <translation>Le serveur de base de données a refusé le mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Impossible d’ouvrir la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot prepare the database session</source>
        <translation>Impossible de préparer la session de base de données</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Marketdesk cannot write to its database %1: the file is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</source>
        <translation>Marketdesk ne peut pas écrire dans sa base de données %1 : le fichier est en lecture seule. Donnez-y l’accès en écriture à votre utilisateur, ou lancez Marketdesk avec --data-dir et un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Marketdesk cannot create its database in %1: the folder is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</source>
        <translation>Marketdesk ne peut pas créer sa base de données dans %1 : le dossier est en lecture seule. Donnez-y l’accès en écriture à votre utilisateur, ou lancez Marketdesk avec --data-dir et un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot check the database file</source>
        <translation>Impossible de vérifier le fichier de la base de données</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. Marketdesk stops writing to it; restore the copy taken before the last update, or a backup.</source>
        <translation>Le fichier de base de données %1 est endommagé. Marketdesk cesse d’y écrire ; restaurez la copie prise avant la dernière mise à jour, ou une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Free some space on it: nothing was half-written, and what was being saved is saved once there is room.</source>
        <translation>Le disque qui contient la base de données est plein. Libérez de l’espace : rien n’a été écrit à moitié, et ce qui était en cours d’enregistrement le sera dès qu’il y aura de la place.</translation>
    </message>
    <message>
        <source>Marketdesk cannot write to its database: the file or its folder is read-only. Give your user write access to it, or start Marketdesk with --data-dir and a folder you can write to.</source>
        <translation>Marketdesk ne peut pas écrire dans sa base de données : le fichier ou son dossier est en lecture seule. Donnez-y l’accès en écriture à votre utilisateur, ou lancez Marketdesk avec --data-dir et un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database file is damaged. Marketdesk stops writing to it; restore the copy taken before the last update, or a backup.</source>
        <translation>Le fichier de base de données est endommagé. Marketdesk cesse d’y écrire ; restaurez la copie prise avant la dernière mise à jour, ou une sauvegarde.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk error). Check the disk; nothing was half-written.</source>
        <translation>Le fichier de base de données n’a pas pu être lu ou écrit (erreur de disque). Vérifiez le disque ; rien n’a été écrit à moitié.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; Marketdesk reconnects by itself and nothing waiting to be saved is lost.</source>
        <translation>Le serveur de base de données est injoignable ; Marketdesk se reconnecte de lui-même et rien de ce qui attend d’être enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, so Marketdesk stopped writing to it. Quit and start Marketdesk again to restore the copy taken before the last update.</source>
        <translation>Le fichier de base de données %1 est endommagé : Marketdesk a cessé d’y écrire. Quittez et relancez Marketdesk pour restaurer la copie prise avant la dernière mise à jour.</translation>
    </message>
    <message>
        <source>Cannot announce a change</source>
        <translation>Impossible d’annoncer une modification</translation>
    </message>
</context>
<context>
    <name>md::DatabaseConfig</name>
    <message>
        <source>The database address is empty.</source>
        <translation>L’adresse de la base de données est vide.</translation>
    </message>
    <message>
        <source>The SQLite address names no file.</source>
        <translation>L’adresse SQLite ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>Unsupported database type &quot;%1&quot;: use postgresql://user@host:port/dbname or a SQLite file path.</source>
        <translation>Type de base de données non pris en charge « %1 » : utilisez postgresql://utilisateur@hôte:port/base ou le chemin d’un fichier SQLite.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no host.</source>
        <translation>L’adresse PostgreSQL ne désigne aucun hôte.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no user (user@host).</source>
        <translation>L’adresse PostgreSQL ne désigne aucun utilisateur (utilisateur@hôte).</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database (/dbname).</source>
        <translation>L’adresse PostgreSQL ne désigne aucune base (/base).</translation>
    </message>
    <message>
        <source>Unsupported PostgreSQL option &quot;%1&quot; in the database address.</source>
        <translation>Option PostgreSQL non prise en charge « %1 » dans l’adresse de la base de données.</translation>
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
        <translation>« %1 » n’est ni une adresse de base de données ni un chemin de fichier. Une adresse PostgreSQL ressemble à postgresql://utilisateur@hôte:5432/base ; une base SQLite est un chemin de fichier comme /home/moi/marketdesk.sqlite.</translation>
    </message>
    <message>
        <source>The port in the database address must be a number from 1 to 65535 (PostgreSQL&apos;s is usually 5432); &quot;%1&quot; is not.</source>
        <translation>Le port de l’adresse de la base de données doit être un nombre de 1 à 65535 (celui de PostgreSQL est en général 5432) ; « %1 » n’en est pas un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database address. A PostgreSQL address looks like postgresql://user@host:5432/dbname.</source>
        <translation>« %1 » n’est pas une adresse de base de données valable. Une adresse PostgreSQL ressemble à postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
</context>
<context>
    <name>md::DemoSandbox</name>
    <message>
        <source>The demo marketplace could not start: %1</source>
        <translation>La place de marché de démonstration n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The demo marketplace stopped at once (exit code %1).</source>
        <translation>La place de marché de démonstration s’est arrêtée aussitôt (code de sortie %1).</translation>
    </message>
    <message>
        <source>The demo marketplace said something unexpected: %1</source>
        <translation>La place de marché de démonstration a répondu quelque chose d’inattendu : %1</translation>
    </message>
    <message>
        <source>Aisle A, shelf 1</source>
        <translation>Allée A, étagère 1</translation>
    </message>
    <message>
        <source>Back room</source>
        <translation>Réserve</translation>
    </message>
</context>
<context>
    <name>md::EbayClient</name>
    <message>
        <source>eBay refused the sign-in answer (it was already used, has expired, or belongs to another app). Start connecting the account again.</source>
        <translation>eBay a refusé la réponse de connexion (déjà utilisée, expirée ou destinée à une autre application). Recommencez la connexion du compte.</translation>
    </message>
    <message>
        <source>eBay did not accept Marketdesk&apos;s app keys. Check the client id and client secret in the Providers settings.</source>
        <translation>eBay n’a pas accepté les clés d’application de Marketdesk. Vérifiez l’identifiant et le secret client dans les réglages des fournisseurs.</translation>
    </message>
    <message>
        <source>eBay answered with HTTP status %1.</source>
        <translation>eBay a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>eBay&apos;s answer held no access token.</source>
        <translation>La réponse d’eBay ne contenait aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>eBay did not say who signed in: %1</source>
        <translation>eBay n’a pas indiqué qui s’est connecté : %1</translation>
    </message>
    <message>
        <source>eBay&apos;s identity answer held no user id.</source>
        <translation>La réponse d’identité d’eBay ne contenait aucun identifiant d’utilisateur.</translation>
    </message>
    <message>
        <source>eBay&apos;s GetUser answer could not be read.</source>
        <translation>La réponse GetUser d’eBay n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>eBay %1.</source>
        <translation>eBay : %1.</translation>
    </message>
</context>
<context>
    <name>md::EbayFulfilment</name>
    <message>
        <source>eBay has no action &quot;%1&quot; in Marketdesk.</source>
        <translation>eBay n’a pas d’action « %1 » dans Marketdesk.</translation>
    </message>
</context>
<context>
    <name>md::EbayOrders</name>
    <message>
        <source>it has no orderId</source>
        <translation>elle n’a pas d’orderId</translation>
    </message>
    <message>
        <source>it has no total</source>
        <translation>elle n’a pas de total</translation>
    </message>
    <message>
        <source>%1 is in %2, the total in %3</source>
        <translation>%1 est en %2, le total en %3</translation>
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
        <translation>Bac à sable</translation>
    </message>
</context>
<context>
    <name>md::FacebookClient</name>
    <message>
        <source>Facebook refused the sign-in answer: %1</source>
        <translation>Facebook a refusé la réponse de connexion : %1</translation>
    </message>
    <message>
        <source>Facebook could not complete the sign-in: %1</source>
        <translation>Facebook n’a pas pu terminer la connexion : %1</translation>
    </message>
    <message>
        <source>Facebook did not issue a long-lived token: %1</source>
        <translation>Facebook n’a pas délivré de jeton longue durée : %1</translation>
    </message>
    <message>
        <source>Facebook&apos;s answer held no access token.</source>
        <translation>La réponse de Facebook ne contenait aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>Facebook did not say who signed in: %1</source>
        <translation>Facebook n’a pas indiqué qui s’est connecté : %1</translation>
    </message>
    <message>
        <source>Facebook&apos;s answer held no user id.</source>
        <translation>La réponse de Facebook ne contenait aucun identifiant d’utilisateur.</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>md::FulfilmentClient</name>
    <message>
        <source>%1 does not know this order any more.</source>
        <translation>%1 ne connaît plus cette commande.</translation>
    </message>
</context>
<context>
    <name>md::HttpAnswer</name>
    <message>
        <source>%1 refused the account&apos;s token (HTTP %2).</source>
        <translation>%1 a refusé le jeton du compte (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 asks to slow down.</source>
        <translation>%1 demande de ralentir.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 a répondu avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 indique : %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 a refusé la requête (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 a refusé la requête (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>%1&apos;s answer could not be read (%2).</source>
        <translation>La réponse de %1 n’a pas pu être lue (%2).</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut off part-way (%2); Marketdesk tries again later.</source>
        <translation>La réponse de %1 a été coupée en chemin (%2) ; Marketdesk réessaiera plus tard.</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>md::LoopbackReceiver</name>
    <message>
        <source>The request was too large.</source>
        <translation>La requête était trop volumineuse.</translation>
    </message>
    <message>
        <source>This address only receives marketplace sign-ins.</source>
        <translation>Cette adresse ne reçoit que les connexions aux places de marché.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Marketdesk received the marketplace&apos;s answer. You can close this window and return to Marketdesk.</source>
        <translation>Marketdesk a reçu la réponse de la place de marché. Vous pouvez fermer cette fenêtre et revenir à Marketdesk.</translation>
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
        <translation>Comptes</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>No listings yet</source>
        <translation>Aucune annonce pour l’instant</translation>
    </message>
    <message>
        <source>Products you sell will appear here with their offers on each account, once an account is connected and its listings are synchronized.</source>
        <translation>Les produits que vous vendez apparaîtront ici avec leurs offres sur chaque compte, dès qu’un compte sera connecté et ses annonces synchronisées.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Aucune commande pour l’instant</translation>
    </message>
    <message>
        <source>Orders of every connected account will appear here and stay available offline. Connect a seller account to start receiving them.</source>
        <translation>Les commandes de chaque compte connecté apparaîtront ici et resteront consultables hors ligne. Connectez un compte vendeur pour commencer à les recevoir.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>Aucun retour</translation>
    </message>
    <message>
        <source>Returns that buyers open on any connected account will appear here for you to receive, inspect and restock.</source>
        <translation>Les retours ouverts par les acheteurs sur un compte connecté apparaîtront ici pour que vous les receviez, les inspectiez et les remettiez en stock.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>Aucune notification</translation>
    </message>
    <message>
        <source>Warnings about expiring or failing account connections and other events that need attention will appear here.</source>
        <translation>Les avertissements sur les connexions de comptes qui expirent ou échouent, et les autres événements qui demandent votre attention, apparaîtront ici.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Marketplace user</source>
        <translation>Utilisateur de la place de marché</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Marketplace ID</source>
        <translation>ID de place de marché</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État de l’article</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Retour %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Buyer&apos;s comment</source>
        <translation>Commentaire de l’acheteur</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue le</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Marketdesk</source>
        <translation>À &amp;propos de Marketdesk</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Marketplaces can be reached.</source>
        <translation>Les places de marché sont joignables.</translation>
    </message>
    <message>
        <source>Local network only</source>
        <translation>Réseau local uniquement</translation>
    </message>
    <message>
        <source>Marketplaces cannot be reached; local data stays available.</source>
        <translation>Les places de marché sont injoignables ; les données locales restent disponibles.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No network: you can keep reviewing local data; changes wait in the outbox.</source>
        <translation>Pas de réseau : vous pouvez continuer à consulter les données locales ; les modifications attendent dans la file d’envoi.</translation>
    </message>
    <message>
        <source>Network state unknown</source>
        <translation>État du réseau inconnu</translation>
    </message>
    <message>
        <source>This system does not report whether it is online.</source>
        <translation>Ce système n’indique pas s’il est en ligne.</translation>
    </message>
    <message>
        <source>Orders, listings and returns of all your marketplace accounts in one place.</source>
        <translation>Les commandes, annonces et retours de tous vos comptes de places de marché, au même endroit.</translation>
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
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>About Marketdesk</source>
        <translation>À propos de Marketdesk</translation>
    </message>
    <message>
        <source>Your marketplace accounts will appear here, each under its house name. You connect an account by signing in to eBay, Shopify, Amazon or Facebook in your browser; Marketdesk keeps its tokens in the system keychain.</source>
        <translation>Vos comptes de places de marché apparaîtront ici, chacun sous son nom de maison. Vous connectez un compte en vous identifiant sur eBay, Shopify, Amazon ou Facebook dans votre navigateur ; Marketdesk conserve ses jetons dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Starting the demo marketplace…</source>
        <translation>Démarrage de la place de marché de démonstration…</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Connect account…</source>
        <translation>&amp;Connecter un compte…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Reco&amp;nnecter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Toutes les places de marché</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All houses</source>
        <translation>Toutes les maisons</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Fournisseurs…</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnecter…</translation>
    </message>
    <message>
        <source>Refresh &amp;token now</source>
        <translation>Renouveler le &amp;jeton maintenant</translation>
    </message>
    <message>
        <source>Run &amp;health check</source>
        <translation>Lancer un contrôle de &amp;santé</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Forget account…</source>
        <translation>&amp;Oublier le compte…</translation>
    </message>
    <message>
        <source>Re&amp;name house…</source>
        <translation>Re&amp;nommer la maison…</translation>
    </message>
    <message>
        <source>Change &amp;purpose</source>
        <translation>Changer l’&amp;usage</translation>
    </message>
    <message>
        <source>Rename house</source>
        <translation>Renommer la maison</translation>
    </message>
    <message>
        <source>New house name:</source>
        <translation>Nouveau nom de maison :</translation>
    </message>
    <message>
        <source>Forget account</source>
        <translation>Oublier le compte</translation>
    </message>
    <message>
        <source>Forget &quot;%1&quot; (%2)?</source>
        <translation>Oublier « %1 » (%2) ?</translation>
    </message>
    <message>
        <source>Its tokens are deleted from the system keychain, and its orders, listings, returns, messages and health history are deleted from this database. This cannot be undone.

Deactivate keeps everything and only stops its synchronization.</source>
        <translation>Ses jetons sont supprimés du trousseau du système, et ses commandes, annonces, retours, messages et son historique de santé sont supprimés de cette base de données. C’est irréversible.

Désactiver garde tout et arrête seulement sa synchronisation.</translation>
    </message>
    <message>
        <source>Forget and delete its data</source>
        <translation>Oublier et supprimer ses données</translation>
    </message>
    <message>
        <source>Deactivate instead</source>
        <translation>Désactiver plutôt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>OfferUp has no public seller API: this account is kept for your records, and its listings will go through an assisted manual queue.</source>
        <translation>OfferUp n’a pas d’API publique pour les vendeurs : ce compte est conservé pour vos dossiers, et ses annonces passeront par une file manuelle assistée.</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Expiration du jeton d’accès</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Expiration du jeton de renouvellement</translation>
    </message>
    <message>
        <source>Re-authorization due</source>
        <translation>Nouvelle autorisation requise</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué le</translation>
    </message>
    <message>
        <source>Refresh failures in a row</source>
        <translation>Échecs de renouvellement consécutifs</translation>
    </message>
    <message>
        <source>Last refresh error</source>
        <translation>Dernière erreur de renouvellement</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Portées accordées</translation>
    </message>
    <message>
        <source>Health checks (response times)</source>
        <translation>Contrôles de santé (temps de réponse)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync orders now</source>
        <translation>&amp;Synchroniser les commandes maintenant</translation>
    </message>
    <message>
        <source>Sync &amp;all accounts</source>
        <translation>Synchroniser &amp;tous les comptes</translation>
    </message>
    <message>
        <source>Re&amp;wind order sync…</source>
        <translation>Rem&amp;bobiner la synchronisation des commandes…</translation>
    </message>
    <message>
        <source>Rewind order sync</source>
        <translation>Rembobiner la synchronisation des commandes</translation>
    </message>
    <message>
        <source>Read this account&apos;s orders again from:</source>
        <translation>Relire les commandes de ce compte à partir du :</translation>
    </message>
    <message>
        <source>changes since %1; last success %2; %3 errors in a row%4</source>
        <translation>changements depuis %1 ; dernier succès %2 ; %3 erreurs consécutives%4</translation>
    </message>
    <message>
        <source>Orders that could not be read (kept aside)</source>
        <translation>Commandes illisibles (mises de côté)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>No stock recorded</source>
        <translation>Aucun stock enregistré</translation>
    </message>
    <message>
        <source>Stock per SKU and location will appear here: on hand, reserved for orders and available, with the ledger of every change. Imported orders reserve from it.</source>
        <translation>Le stock par SKU et par emplacement apparaîtra ici : en main, réservé pour des commandes et disponible, avec le registre de chaque changement. Les commandes importées y réservent.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Rien d’envoyé pour l’instant</translation>
    </message>
    <message>
        <source>Every shipment and cancellation you make is written here first, then sent to its marketplace. What waits for the network, or needs you, stays here with its state.</source>
        <translation>Chaque expédition et chaque annulation que vous faites est d’abord écrite ici, puis envoyée à sa place de marché. Ce qui attend le réseau, ou vous, reste ici avec son état.</translation>
    </message>
    <message>
        <source>Demo — Marketdesk</source>
        <translation>Démo — Marketdesk</translation>
    </message>
    <message>
        <source>Packing-slip &amp;logo…</source>
        <translation>&amp;Logo des bordereaux…</translation>
    </message>
    <message>
        <source>The image printed at the top of this house&apos;s packing slips</source>
        <translation>L’image imprimée en haut des bordereaux d’emballage de cette maison</translation>
    </message>
    <message>
        <source>Packing-slip logo</source>
        <translation>Logo des bordereaux d’emballage</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>The logo is printed on this house&apos;s packing slips from now on.</source>
        <translation>Le logo est désormais imprimé sur les bordereaux d’emballage de cette maison.</translation>
    </message>
</context>
<context>
    <name>md::Migrator</name>
    <message>
        <source>This database was written by a newer Marketdesk (schema version %1; this version knows up to %2). Update Marketdesk, or choose another database. Nothing was changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Marketdesk (schéma version %1 ; cette version connaît jusqu’à la %2). Mettez Marketdesk à jour ou choisissez une autre base de données. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Updating the database failed at step %1 (%2): %3. The database was left as it was before this step.</source>
        <translation>La mise à jour de la base de données a échoué à l’étape %1 (%2) : %3. La base de données est restée telle qu’elle était avant cette étape.</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1 before updating it; nothing was changed. %2</source>
        <translation>Impossible de copier la base de données vers %1 avant sa mise à jour ; rien n’a été modifié. %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database: %1</source>
        <translation>Impossible de préparer la base de données : %1</translation>
    </message>
    <message>
        <source>The update left a reference to a missing row in table %1.</source>
        <translation>La mise à jour a laissé une référence à une ligne absente dans la table %1.</translation>
    </message>
</context>
<context>
    <name>md::NetworkError</name>
    <message numerus="yes">
        <source>did not answer within %n seconds; Marketdesk tries again later</source>
        <translation>
            <numerusform>pas de réponse en %n seconde ; Marketdesk réessaiera plus tard</numerusform>
            <numerusform>pas de réponse en %n secondes ; Marketdesk réessaiera plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>did not answer in time; Marketdesk tries again later</source>
        <translation>pas de réponse à temps ; Marketdesk réessaiera plus tard</translation>
    </message>
    <message>
        <source>refused the connection (the service may be down); Marketdesk tries again later</source>
        <translation>connexion refusée (le service est peut-être arrêté) ; Marketdesk réessaiera plus tard</translation>
    </message>
    <message>
        <source>closed the connection before answering; Marketdesk tries again later</source>
        <translation>connexion fermée avant la réponse ; Marketdesk réessaiera plus tard</translation>
    </message>
    <message>
        <source>could not be found: check this computer&apos;s internet connection</source>
        <translation>introuvable : vérifiez la connexion Internet de cet ordinateur</translation>
    </message>
    <message>
        <source>could not be reached securely (the connection&apos;s certificate was refused)</source>
        <translation>injoignable de façon sûre (le certificat de la connexion a été refusé)</translation>
    </message>
    <message>
        <source>could not be reached: the network is down; Marketdesk tries again when it is back</source>
        <translation>injoignable : le réseau est coupé ; Marketdesk réessaiera à son retour</translation>
    </message>
    <message>
        <source>could not be reached through the proxy: check the proxy settings</source>
        <translation>injoignable par le proxy : vérifiez les réglages du proxy</translation>
    </message>
    <message>
        <source>could not be reached (%1)</source>
        <translation>injoignable (%1)</translation>
    </message>
</context>
<context>
    <name>md::NotificationText</name>
    <message>
        <source>%1: authorization revoked</source>
        <translation>%1 : autorisation révoquée</translation>
    </message>
    <message>
        <source>%1: access token about to expire</source>
        <translation>%1 : jeton d’accès sur le point d’expirer</translation>
    </message>
    <message>
        <source>%1: token refresh failing</source>
        <translation>%1 : le renouvellement du jeton échoue</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>%1: health checks failing</source>
        <translation>%1 : les contrôles de santé échouent</translation>
    </message>
    <message>
        <source>%1: no successful health check for over an hour</source>
        <translation>%1 : aucun contrôle de santé réussi depuis plus d’une heure</translation>
    </message>
    <message>
        <source>%1: re-authorization overdue</source>
        <translation>%1 : nouvelle autorisation en retard</translation>
    </message>
    <message numerus="yes">
        <source>%1: re-authorize within %n day(s)</source>
        <translation>
            <numerusform>%1 : nouvelle autorisation dans %n jour</numerusform>
            <numerusform>%1 : nouvelle autorisation dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>an order</source>
        <translation>une commande</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>la commande %1</translation>
    </message>
    <message>
        <source>The shipment of %1 was refused</source>
        <translation>L’expédition de %1 a été refusée</translation>
    </message>
    <message>
        <source>The cancellation of %1 was refused</source>
        <translation>L’annulation de %1 a été refusée</translation>
    </message>
    <message>
        <source>%1. Retry it or withdraw it in the Outbox.</source>
        <translation>%1. Réessayez-la ou retirez-la dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de base de données est endommagé</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s authorization (%2). Nothing is synced for it until it is reconnected.</source>
        <translation>%1 n’accepte plus l’autorisation de ce compte (%2). Rien n’est synchronisé pour lui tant qu’il n’est pas reconnecté.</translation>
    </message>
    <message>
        <source>Its %1 access token ends at %2 and refreshing it is failing: %3</source>
        <translation>Son jeton d’accès %1 expire à %2 et son renouvellement échoue : %3</translation>
    </message>
    <message>
        <source>Refreshing its %1 token failed %2 times in a row. Last error: %3</source>
        <translation>Le renouvellement de son jeton %1 a échoué %2 fois de suite. Dernière erreur : %3</translation>
    </message>
    <message>
        <source>Its last %1 health checks on %2 failed. Last answer: %3</source>
        <translation>Ses %1 dernières vérifications d’état sur %2 ont échoué. Dernière réponse : %3</translation>
    </message>
    <message>
        <source>It last answered a health check on %1 at %2.</source>
        <translation>Il a répondu pour la dernière fois à une vérification d’état sur %1 le %2.</translation>
    </message>
    <message>
        <source>It has not answered a health check on %1 since it was connected.</source>
        <translation>Il n’a répondu à aucune vérification d’état sur %1 depuis sa connexion.</translation>
    </message>
    <message>
        <source>%1 needs it authorized again by %2; until then it keeps working. Reconnect the account to renew it.</source>
        <translation>%1 demande de l’autoriser à nouveau d’ici le %2 ; d’ici là, il continue de fonctionner. Reconnectez le compte pour renouveler l’autorisation.</translation>
    </message>
</context>
<context>
    <name>md::NotificationsModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Résolue le %1</translation>
    </message>
</context>
<context>
    <name>md::OrderActions</name>
    <message>
        <source>The order no longer exists.</source>
        <translation>La commande n’existe plus.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled; it cannot be shipped.</source>
        <translation>La commande %1 est annulée ; elle ne peut pas être expédiée.</translation>
    </message>
    <message>
        <source>Order %1 has already been shipped.</source>
        <translation>La commande %1 a déjà été expédiée.</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet; ship it once the payment has cleared.</source>
        <translation>La commande %1 n’est pas encore payée ; expédiez-la une fois le paiement encaissé.</translation>
    </message>
    <message>
        <source>A shipment of order %1 is already waiting to be sent.</source>
        <translation>Une expédition de la commande %1 attend déjà d’être envoyée.</translation>
    </message>
    <message>
        <source>A cancellation of order %1 is waiting to be sent.</source>
        <translation>Une annulation de la commande %1 attend d’être envoyée.</translation>
    </message>
    <message>
        <source>Marketdesk cannot ship %1 orders.</source>
        <translation>Marketdesk ne peut pas expédier les commandes %1.</translation>
    </message>
    <message>
        <source>%1 does not let apps cancel orders; cancel order %2 in Seller Central.</source>
        <translation>%1 ne permet pas aux applications d’annuler des commandes ; annulez la commande %2 dans Seller Central.</translation>
    </message>
    <message>
        <source>Order %1 is already cancelled.</source>
        <translation>La commande %1 est déjà annulée.</translation>
    </message>
    <message>
        <source>Order %1 has been shipped; handle it as a return instead.</source>
        <translation>La commande %1 a été expédiée ; traitez-la plutôt comme un retour.</translation>
    </message>
    <message>
        <source>An action on order %1 is already waiting to be sent.</source>
        <translation>Une action sur la commande %1 attend déjà d’être envoyée.</translation>
    </message>
    <message>
        <source>The buyer asked to cancel</source>
        <translation>L’acheteur a demandé l’annulation</translation>
    </message>
    <message>
        <source>Out of stock, or cannot be fulfilled</source>
        <translation>En rupture de stock, ou impossible à honorer</translation>
    </message>
    <message>
        <source>Problem with the shipping address</source>
        <translation>Problème d’adresse de livraison</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Fraude soupçonnée</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Choose why the order is cancelled.</source>
        <translation>Choisissez pourquoi la commande est annulée.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled; do not pack it.</source>
        <translation>La commande %1 est annulée ; ne l’emballez pas.</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>L’action n’existe plus.</translation>
    </message>
    <message>
        <source>Only a stopped action can be tried again.</source>
        <translation>Seule une action arrêtée peut être relancée.</translation>
    </message>
</context>
<context>
    <name>md::OrderExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(sans SKU)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>md::OrderNormalizing</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>« %1 » n’est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount.</source>
        <translation>« %1 » n’est pas un montant décimal.</translation>
    </message>
    <message>
        <source>The amount %1 %2 is too large.</source>
        <translation>Le montant %1 %2 est trop grand.</translation>
    </message>
    <message>
        <source>The %1 time is missing.</source>
        <translation>L’heure %1 manque.</translation>
    </message>
    <message>
        <source>The %1 time &quot;%2&quot; is not an ISO 8601 time with a zone.</source>
        <translation>L’heure %1 « %2 » n’est pas une heure ISO 8601 avec fuseau.</translation>
    </message>
    <message>
        <source>%1 order %2 could not be read: %3</source>
        <translation>La commande %1 %2 n’a pas pu être lue : %3</translation>
    </message>
    <message>
        <source>line %1 has the quantity %2</source>
        <translation>la ligne %1 a la quantité %2</translation>
    </message>
</context>
<context>
    <name>md::OrderRepository</name>
    <message>
        <source>Order %1 has no valid ISO 4217 currency (&quot;%2&quot;).</source>
        <translation>La commande %1 n’a pas de devise ISO 4217 valide (« %2 »).</translation>
    </message>
    <message>
        <source>The order %1 was not stored.</source>
        <translation>La commande %1 n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>That order is no longer stored.</source>
        <translation>Cette commande n’est plus enregistrée.</translation>
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
        <translation>Maison</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Shipment stopped: needs you</source>
        <translation>Expédition arrêtée : à traiter</translation>
    </message>
    <message>
        <source>Cancellation stopped: needs you</source>
        <translation>Annulation arrêtée : à traiter</translation>
    </message>
    <message>
        <source>Shipment waiting to be sent</source>
        <translation>Expédition en attente d’envoi</translation>
    </message>
    <message>
        <source>Cancellation waiting to be sent</source>
        <translation>Annulation en attente d’envoi</translation>
    </message>
    <message>
        <source>Needs attention: items wait for stock or a SKU, or the marketplace sent something to look at (see the details).</source>
        <translation>À vérifier : des articles attendent du stock ou un SKU, ou la plateforme a envoyé quelque chose à examiner (voir les détails).</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Expédier avant</translation>
    </message>
    <message>
        <source>Orders sort by date, ship-by date, total or status.</source>
        <translation>Les commandes se trient par date, date limite d’expédition, total ou statut.</translation>
    </message>
    <message numerus="yes">
        <source>When the order must leave the warehouse, as the marketplace says; &quot;about&quot; when it says nothing and %n day(s) of handling are assumed.</source>
        <translation>
            <numerusform>Quand la commande doit quitter l’entrepôt, selon la place de marché ; « vers » quand elle ne dit rien et qu&apos;%n jour de préparation est supposé.</numerusform>
            <numerusform>Quand la commande doit quitter l’entrepôt, selon la place de marché ; « vers » quand elle ne dit rien et que %n jours de préparation sont supposés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days after it was placed: the marketplace gave no ship-by date.</source>
        <translation>%1 jours après la commande : la place de marché n’a donné aucune date limite d’expédition.</translation>
    </message>
    <message>
        <source>Ship by %1, as %2 says.</source>
        <translation>À expédier avant le %1, selon %2.</translation>
    </message>
    <message>
        <source>about %1 — late</source>
        <translation>vers le %1 — en retard</translation>
    </message>
    <message>
        <source>%1 — late</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>vers le %1</translation>
    </message>
</context>
<context>
    <name>md::OrdersPane</name>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Shipment queued</source>
        <translation>Expédition en file d’attente</translation>
    </message>
    <message>
        <source>Shipment confirmed by the marketplace</source>
        <translation>Expédition confirmée par la place de marché</translation>
    </message>
    <message>
        <source>Cancellation queued</source>
        <translation>Annulation en file d’attente</translation>
    </message>
    <message>
        <source>Cancellation confirmed by the marketplace</source>
        <translation>Annulation confirmée par la place de marché</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Orders could not be read: %1</source>
        <translation>Les commandes n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>All houses</source>
        <translation>Toutes les maisons</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Toutes les places de marché</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Open (to ship)</source>
        <translation>Ouverte (à expédier)</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Paiement en attente</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Partiellement expédiée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>From any day</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <source>Placed on or after this day</source>
        <translation>Passée ce jour-là ou après</translation>
    </message>
    <message>
        <source>To any day</source>
        <translation>Jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <source>Placed on or before this day</source>
        <translation>Passée ce jour-là ou avant</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan an order or tracking number</source>
        <translation>Scannez un numéro de commande ou de suivi</translation>
    </message>
    <message>
        <source>Show all orders</source>
        <translation>Afficher toutes les commandes</translation>
    </message>
    <message>
        <source>The list shows the scanned order only; show every order matching the filters again.</source>
        <translation>La liste ne montre que la commande scannée ; afficher à nouveau toutes les commandes qui correspondent aux filtres.</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>&amp;Expédier…</translation>
    </message>
    <message>
        <source>Mark &amp;packed</source>
        <translation>Marquer em&amp;ballée</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>Annu&amp;ler la commande…</translation>
    </message>
    <message>
        <source>Save pick list</source>
        <translation>Enregistrer la liste de prélèvement</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Liste de prélèvement</translation>
    </message>
    <message>
        <source>Pick list saved to %1.</source>
        <translation>Liste de prélèvement enregistrée dans %1.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Every order matching the search and filters, as a CSV file</source>
        <translation>Toutes les commandes qui correspondent à la recherche et aux filtres, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exporter les commandes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The scanned code could not be looked up: %1</source>
        <translation>Le code scanné n’a pas pu être recherché : %1</translation>
    </message>
    <message>
        <source>No order has the number or tracking number &quot;%1&quot;.</source>
        <translation>Aucune commande n’a le numéro ou le numéro de suivi « %1 ».</translation>
    </message>
    <message>
        <source>Order %1 (%2).</source>
        <translation>Commande %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n orders have the code &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n commande a le code « %1 ».</numerusform>
            <numerusform>%n commandes ont le code « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipment of order %1 queued; it is sent to %2 now, or as soon as Marketdesk is online.</source>
        <translation>Expédition de la commande %1 en file d’attente ; elle est envoyée à %2 maintenant, ou dès que Marketdesk est en ligne.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Cancellation of order %1 queued.</source>
        <translation>Annulation de la commande %1 en file d’attente.</translation>
    </message>
    <message>
        <source>Mark packed</source>
        <translation>Marquer comme emballée</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Export des commandes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting orders… %1 written</source>
        <translation>Export des commandes… %1 écrites</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) exported to %1.</source>
        <translation>
            <numerusform>%n commande exportée dans %1.</numerusform>
            <numerusform>%n commandes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>État %1 → %2</translation>
    </message>
    <message>
        <source>reserved at %1</source>
        <translation>réservé à %1</translation>
    </message>
    <message>
        <source>not reserved</source>
        <translation>non réservé</translation>
    </message>
    <message>
        <source>%1 × %2 (%3) %4 — %5</source>
        <translation>%1 × %2 (%3) %4 — %5</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Marketplace said</source>
        <translation>Réponse de la place de marché</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Picked (on a pick list)</source>
        <translation>Prélevée (sur une liste de prélèvement)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked picked.</source>
        <translation>
            <numerusform>%n commande marquée prélevée.</numerusform>
            <numerusform>%n commandes marquées prélevées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Prélevée</translation>
    </message>
    <message>
        <source>A barcode scanner types the number and Enter; the order opens at once (F3 from anywhere, or Ctrl+E).</source>
        <translation>Un lecteur de codes-barres tape le numéro puis Entrée ; la commande s’ouvre aussitôt (F3 de n’importe où, ou Ctrl+E).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>waiting — %1</source>
        <translation>en attente — %1</translation>
    </message>
    <message>
        <source>Some items wait for stock or a SKU (see Items).</source>
        <translation>Des articles attendent du stock ou un SKU (voir Articles).</translation>
    </message>
    <message>
        <source>The marketplace sent something to look at: a state this version does not know, or items it withholds.</source>
        <translation>La plateforme a envoyé quelque chose à examiner : un état que cette version ne connaît pas, ou des articles qu’elle retient.</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>%1 · marketplace id %2</source>
        <translation>%1 · identifiant sur la plateforme %2</translation>
    </message>
    <message>
        <source>Needs a&amp;ttention</source>
        <translation>À &amp;traiter</translation>
    </message>
    <message>
        <source>Only the orders shown in bold: items waiting for stock or a SKU, or something the marketplace sent to look at. Shipped and cancelled orders never need attention.</source>
        <translation>Seulement les commandes en gras : articles en attente de stock ou d’un SKU, ou quelque chose que la plateforme a envoyé à examiner. Les commandes expédiées ou annulées ne sont jamais à traiter.</translation>
    </message>
    <message>
        <source>Stock for an order</source>
        <translation>Stock d’une commande</translation>
    </message>
    <message>
        <source>The order&apos;s stock was changed.</source>
        <translation>Le stock de la commande a été modifié.</translation>
    </message>
    <message>
        <source>Move, release or reserve its stock…</source>
        <translation>Déplacer, libérer ou réserver son stock…</translation>
    </message>
    <message>
        <source>Warehouse note</source>
        <translation>Note de l’entrepôt</translation>
    </message>
    <message>
        <source>A note on order %1 for the warehouse (kept here; the marketplace and the buyer never see it):</source>
        <translation>Une note sur la commande %1 pour l’entrepôt (gardée ici ; ni la plateforme ni l’acheteur ne la voient) :</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation>Note de l’acheteur</translation>
    </message>
    <message>
        <source>Add a warehouse note…</source>
        <translation>Ajouter une note de l’entrepôt…</translation>
    </message>
    <message>
        <source>Edit the warehouse note…</source>
        <translation>Modifier la note de l’entrepôt…</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>À expédier</translation>
    </message>
    <message>
        <source>Orders still to ship, the one due first at the top (the marketplace&apos;s ship-by date); picked and packed show in Fulfilment.</source>
        <translation>Les commandes encore à expédier, la plus urgente en haut (date limite d’expédition de la place de marché) ; prélevée et emballée s’affichent dans Traitement.</translation>
    </message>
    <message>
        <source>The To ship view shows open and partly shipped orders.</source>
        <translation>La vue À expédier montre les commandes ouvertes et partiellement expédiées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to ship</source>
        <translation>
            <numerusform>%Ln à expédier</numerusform>
            <numerusform>%Ln à expédier</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>Imp&amp;rimer</translation>
    </message>
    <message>
        <source>For the selected orders: the pick list (what to take off the shelves, by location and SKU) or a packing slip for each parcel</source>
        <translation>Pour les commandes sélectionnées : la liste de prélèvement (ce qu’il faut prendre sur les étagères, par emplacement et SKU) ou un bordereau d’emballage pour chaque colis</translation>
    </message>
    <message>
        <source>&amp;Print pick list…</source>
        <translation>&amp;Imprimer la liste de prélèvement…</translation>
    </message>
    <message>
        <source>Save pick list as P&amp;DF…</source>
        <translation>Enregistrer la liste de prélèvement en P&amp;DF…</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Bordereaux d’emballage</translation>
    </message>
    <message>
        <source>Print packing &amp;slips…</source>
        <translation>Imprimer les &amp;bordereaux d’emballage…</translation>
    </message>
    <message>
        <source>Save packing slips as PD&amp;F…</source>
        <translation>Enregistrer les bordereaux en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save packing slips</source>
        <translation>Enregistrer les bordereaux d’emballage</translation>
    </message>
    <message numerus="yes">
        <source>%n packing slip(s) saved to %1.</source>
        <translation>
            <numerusform>%n bordereau d’emballage enregistré dans %1.</numerusform>
            <numerusform>%n bordereaux d’emballage enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ship %n…</source>
        <translation>
            <numerusform>&amp;Expédier %n…</numerusform>
            <numerusform>&amp;Expédier %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship the selected orders that can be shipped, a tracking number each</source>
        <translation>Expédier les commandes sélectionnées qui peuvent l’être, un numéro de suivi chacune</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n &amp;packed</source>
        <translation>
            <numerusform>Marquer %n em&amp;ballée</numerusform>
            <numerusform>Marquer %n em&amp;ballées</numerusform>
        </translation>
    </message>
    <message>
        <source>Match to a SKU</source>
        <translation>Associer à un SKU</translation>
    </message>
    <message>
        <source>Which SKU is &quot;%1&quot;? Marketdesk remembers it for this marketplace item: later orders of it arrive with the SKU, and their stock is reserved.</source>
        <translation>Quel SKU est « %1 » ? Marketdesk s’en souvient pour cet article de la place de marché : ses prochaines commandes arrivent avec le SKU, et leur stock est réservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) now sell %1.</source>
        <translation>
            <numerusform>%n ligne de commande vend maintenant %1.</numerusform>
            <numerusform>%n lignes de commande vendent maintenant %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) queued; they are sent as soon as Marketdesk is online.</source>
        <translation>
            <numerusform>%n expédition mise en file ; elle est envoyée dès que Marketdesk est en ligne.</numerusform>
            <numerusform>%n expéditions mises en file ; elles sont envoyées dès que Marketdesk est en ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) packed.</source>
        <translation>
            <numerusform>%n commande emballée.</numerusform>
            <numerusform>%n commandes emballées.</numerusform>
        </translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>sans SKU</translation>
    </message>
    <message>
        <source>Match &quot;%1&quot; to a SKU…</source>
        <translation>Associer « %1 » à un SKU…</translation>
    </message>
    <message>
        <source>Orders are on their way</source>
        <translation>Les commandes arrivent</translation>
    </message>
    <message>
        <source>%1 — they appear here as they are stored, and stay available offline.</source>
        <translation>%1 — elles apparaissent ici au fur et à mesure de leur enregistrement et restent disponibles hors ligne.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Aucune commande pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Orders of the %n connected account(s) appear here after their sync (Accounts → Sync orders now, Ctrl+R), and stay available offline.</source>
        <translation>
            <numerusform>Les commandes du compte connecté apparaissent ici après sa synchronisation (Comptes → Synchroniser les commandes maintenant, Ctrl+R) et restent disponibles hors ligne.</numerusform>
            <numerusform>Les commandes des %n comptes connectés apparaissent ici après leur synchronisation (Comptes → Synchroniser les commandes maintenant, Ctrl+R) et restent disponibles hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders of every connected account will appear here and stay available offline. Connect a seller account to start receiving them.</source>
        <translation>Les commandes de chaque compte connecté apparaîtront ici et resteront disponibles hors ligne. Connectez un compte vendeur pour commencer à les recevoir.</translation>
    </message>
</context>
<context>
    <name>md::Outbox</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Refused: needs you</source>
        <translation>Refusée : à traiter</translation>
    </message>
    <message>
        <source>Conflict: needs you</source>
        <translation>Conflit : à traiter</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>md::OutboxModel</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
</context>
<context>
    <name>md::OutboxPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Try a stopped action again; Marketdesk first checks whether the marketplace already has it</source>
        <translation>Réessayer une action arrêtée ; Marketdesk vérifie d’abord si la place de marché l’a déjà</translation>
    </message>
    <message>
        <source>Do not send this action; the order no longer waits for it</source>
        <translation>Ne pas envoyer cette action ; la commande ne l’attend plus</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — commande %2</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Marketplace reference</source>
        <translation>Référence de la place de marché</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Clé d’idempotence</translation>
    </message>
    <message>
        <source>Withdraw action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <source>%1 of order %2 will not be sent to the marketplace.</source>
        <translation>%1 de la commande %2 ne sera pas envoyée à la place de marché.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>%1 of order %2 will be tried again.</source>
        <translation>%1 de la commande %2 sera réessayée.</translation>
    </message>
    <message>
        <source>%1 of order %2 withdrawn.</source>
        <translation>%1 de la commande %2 retirée.</translation>
    </message>
</context>
<context>
    <name>md::OutboxRepository</name>
    <message>
        <source>This action is already queued (key %1).</source>
        <translation>Cette action est déjà en file d’attente (clé %1).</translation>
    </message>
    <message>
        <source>This action is being sent or was already sent; it can no longer be withdrawn.</source>
        <translation>Cette action est en cours d’envoi ou a déjà été envoyée ; elle ne peut plus être retirée.</translation>
    </message>
</context>
<context>
    <name>md::OutboxSender</name>
    <message>
        <source>The account of this action no longer exists.</source>
        <translation>Le compte de cette action n’existe plus.</translation>
    </message>
    <message>
        <source>Marketdesk cannot send this action to %1.</source>
        <translation>Marketdesk ne peut pas envoyer cette action à %1.</translation>
    </message>
    <message>
        <source>The account must sign in again: %1</source>
        <translation>Le compte doit se reconnecter : %1</translation>
    </message>
</context>
<context>
    <name>md::PackingSlipPrinter</name>
    <message>
        <source>Packing slip</source>
        <translation>Bordereau d’emballage</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Passée le %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Étagère</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(sans SKU)</translation>
    </message>
    <message>
        <source>not reserved</source>
        <translation>non réservé</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this parcel.</source>
        <translation>
            <numerusform>%n article dans ce colis.</numerusform>
            <numerusform>%n articles dans ce colis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note from the buyer</source>
        <translation>Note de l’acheteur</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>Merci pour votre commande !</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Bordereaux d’emballage</translation>
    </message>
    <message>
        <source>The packing slips could not be written to %1.</source>
        <translation>Les bordereaux d’emballage n’ont pas pu être écrits dans %1.</translation>
    </message>
    <message>
        <source>Print packing slips</source>
        <translation>Imprimer les bordereaux d’emballage</translation>
    </message>
    <message>
        <source>%1 is not an image Marketdesk can read (PNG, JPEG, SVG or BMP).</source>
        <translation>%1 n’est pas une image que Marketdesk sait lire (PNG, JPEG, SVG ou BMP).</translation>
    </message>
    <message>
        <source>The logo could not be saved to %1.</source>
        <translation>Le logo n’a pas pu être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>md::PageSource</name>
    <message>
        <source>%1&apos;s answer was empty.</source>
        <translation>La réponse de %1 était vide.</translation>
    </message>
</context>
<context>
    <name>md::PagedSync</name>
    <message>
        <source>The sync was cancelled; it resumes after the last stored page.</source>
        <translation>La synchronisation a été annulée ; elle reprendra après la dernière page enregistrée.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
    <message>
        <source>Marketdesk does not sync the %1 of %2 accounts yet.</source>
        <translation>Marketdesk ne synchronise pas encore les %1 des comptes %2.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated.</source>
        <translation>Le compte « %1 » est désactivé.</translation>
    </message>
</context>
<context>
    <name>md::PickListPrinter</name>
    <message>
        <source>Pick list</source>
        <translation>Liste de prélèvement</translation>
    </message>
    <message>
        <source>Not reserved — check stock before picking</source>
        <translation>Non réservé — vérifiez le stock avant de prélever</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>(sans SKU)</translation>
    </message>
    <message>
        <source>The pick list could not be written to %1.</source>
        <translation>La liste de prélèvement n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Print pick list</source>
        <translation>Imprimer la liste de prélèvement</translation>
    </message>
    <message>
        <source>%1, %2 — printed %3</source>
        <translation>%1, %2 — imprimée le %3</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
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
        <translation>Adresse OAuth</translation>
    </message>
    <message>
        <source>Seller Central address</source>
        <translation>Adresse de Seller Central</translation>
    </message>
    <message>
        <source>Login dialog address</source>
        <translation>Adresse de la boîte de connexion</translation>
    </message>
    <message>
        <source>Store address ({shop} stands for the store)</source>
        <translation>Adresse de la boutique ({shop} désigne la boutique)</translation>
    </message>
    <message>
        <source>SP-API address</source>
        <translation>Adresse de SP-API</translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation>Adresse de l’API Graph</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Identity API address</source>
        <translation>Adresse de l’API d’identité</translation>
    </message>
    <message>
        <source>Login with Amazon address</source>
        <translation>Adresse de Login with Amazon</translation>
    </message>
    <message>
        <source>Client ID (App ID)</source>
        <translation>ID client (App ID)</translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation>ID client LWA</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID d’application</translation>
    </message>
    <message>
        <source>RuName</source>
        <translation>RuName</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID d’application</translation>
    </message>
    <message>
        <source>Redirect port (0: any free port)</source>
        <translation>Port de redirection (0 : n’importe quel port libre)</translation>
    </message>
</context>
<context>
    <name>md::ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Marketdesk&apos;s own keys for each marketplace, as the marketplace&apos;s developer portal shows them. Client secrets are kept in the system keychain.</source>
        <translation>Les clés propres à Marketdesk pour chaque place de marché, telles que le portail développeur de la place de marché les indique. Les secrets clients sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Demo mode talks to its demo marketplace; these settings apply when Marketdesk runs normally.</source>
        <translation>Le mode démo utilise sa place de marché de démonstration ; ces réglages s’appliquent quand Marketdesk fonctionne normalement.</translation>
    </message>
    <message>
        <source>Leave empty to keep the secret in the keychain</source>
        <translation>Laissez vide pour garder le secret du trousseau</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not an https address (plain http is allowed only for this computer).</source>
        <translation>%1 (%2) : « %3 » n’est pas une adresse https (le http simple n’est permis que pour cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>md::Purpose</name>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Buyer and seller</source>
        <translation>Acheteur et vendeur</translation>
    </message>
</context>
<context>
    <name>md::ReservationsDialog</name>
    <message>
        <source>Stock for order %1</source>
        <translation>Stock de la commande %1</translation>
    </message>
    <message>
        <source>Where each line&apos;s stock is reserved. Move it to another location, or release it: a released line waits until you reserve it again here, and what it frees goes to the oldest order waiting for it.</source>
        <translation>Où le stock de chaque ligne est réservé. Déplacez-le vers un autre emplacement, ou libérez-le : une ligne libérée attend que vous la réserviez de nouveau ici, et ce qu’elle libère va à la plus ancienne commande qui l’attend.</translation>
    </message>
    <message>
        <source>Release (not reserved)</source>
        <translation>Libérer (non réservée)</translation>
    </message>
    <message>
        <source>Not reserved</source>
        <translation>Non réservée</translation>
    </message>
    <message>
        <source>%1 — reserved here</source>
        <translation>%1 — réservée ici</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n available</source>
        <translation>
            <numerusform>%1 — %n disponible</numerusform>
            <numerusform>%1 — %n disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>This line has no SKU: map it to a SKU before reserving stock.</source>
        <translation>Cette ligne n’a pas de SKU : associez-la à un SKU avant de réserver du stock.</translation>
    </message>
    <message>
        <source>%1 × %2 (%3):</source>
        <translation>%1 × %2 (%3) :</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>sans SKU</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>md::ResponseTimeChart</name>
    <message>
        <source>No health checks yet</source>
        <translation>Aucun contrôle de santé pour l’instant</translation>
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
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
</context>
<context>
    <name>md::SecretStore</name>
    <message>
        <source>The system keychain is not available, so secrets cannot be read or saved. Start a keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n’est pas disponible : les secrets ne peuvent être ni lus ni enregistrés. Démarrez un trousseau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked. Unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l’accès ; il est peut-être verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>Le trousseau du système n’a pas répondu : %1</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>md::ShipDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation>Expédier la commande %1</translation>
    </message>
    <message>
        <source>%1 — %2. The shipment is sent to %3 as soon as Marketdesk is online; it waits in the outbox until then.</source>
        <translation>%1 — %2. L’expédition est envoyée à %3 dès que Marketdesk est en ligne ; elle attend dans la file d’envoi jusque-là.</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transporteur :</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Numéro de suivi :</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Expédier</translation>
    </message>
    <message>
        <source>Queuing the shipment…</source>
        <translation>Mise en file de l’expédition…</translation>
    </message>
</context>
<context>
    <name>md::ShopifyClient</name>
    <message>
        <source>The answer did not carry Shopify&apos;s signature, so it was not trusted; nothing was stored.</source>
        <translation>La réponse ne portait pas la signature de Shopify, elle n’a donc pas été acceptée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Shopify answered for the store %1, not %2; nothing was stored.</source>
        <translation>Shopify a répondu pour la boutique %1 et non %2 ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Shopify refused the sign-in answer: %1</source>
        <translation>Shopify a refusé la réponse de connexion : %1</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer held no access token.</source>
        <translation>La réponse de Shopify ne contenait aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>Marketdesk&apos;s Shopify query is missing from this build.</source>
        <translation>La requête Shopify de Marketdesk manque dans cette version.</translation>
    </message>
    <message>
        <source>Shopify did not say which store this is: %1</source>
        <translation>Shopify n’a pas indiqué de quelle boutique il s’agit : %1</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer held no shop.</source>
        <translation>La réponse de Shopify ne contenait aucune boutique.</translation>
    </message>
</context>
<context>
    <name>md::ShopifyFulfilment</name>
    <message>
        <source>Marketdesk&apos;s Shopify document %1 is missing from this build.</source>
        <translation>Le document Shopify %1 de Marketdesk manque dans cette version.</translation>
    </message>
    <message>
        <source>Shopify asks to slow down.</source>
        <translation>Shopify demande de ralentir.</translation>
    </message>
    <message>
        <source>Shopify refused the request: %1</source>
        <translation>Shopify a refusé la requête : %1</translation>
    </message>
    <message>
        <source>Shopify does not know this order any more.</source>
        <translation>Shopify ne connaît plus cette commande.</translation>
    </message>
    <message>
        <source>Shopify says the order was cancelled meanwhile.</source>
        <translation>Shopify indique que la commande a été annulée entre-temps.</translation>
    </message>
    <message>
        <source>Shopify says: %1</source>
        <translation>Shopify indique : %1</translation>
    </message>
    <message>
        <source>Shopify has no action &quot;%1&quot; in Marketdesk.</source>
        <translation>Shopify n’a pas d’action « %1 » dans Marketdesk.</translation>
    </message>
    <message>
        <source>Shopify says nothing of this order is left to ship.</source>
        <translation>Shopify indique qu’il ne reste rien à expédier pour cette commande.</translation>
    </message>
</context>
<context>
    <name>md::ShopifyOrderSource</name>
    <message>
        <source>Marketdesk&apos;s Shopify query is missing from this build.</source>
        <translation>La requête Shopify de Marketdesk manque dans cette version.</translation>
    </message>
    <message>
        <source>Shopify refused the orders query: %1</source>
        <translation>Shopify a refusé la requête de commandes : %1</translation>
    </message>
</context>
<context>
    <name>md::ShopifyOrders</name>
    <message>
        <source>it has no id</source>
        <translation>elle n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>%1 is in %2, the total in %3</source>
        <translation>%1 est en %2, le total en %3</translation>
    </message>
    <message>
        <source>it has no total</source>
        <translation>elle n’a pas de total</translation>
    </message>
</context>
<context>
    <name>md::SqlQuery</name>
    <message>
        <source>A database statement failed</source>
        <translation>Une instruction de base de données a échoué</translation>
    </message>
    <message>
        <source>The database returned no row where one was expected.</source>
        <translation>La base de données n’a renvoyé aucune ligne là où une était attendue.</translation>
    </message>
</context>
<context>
    <name>md::StateRegistry</name>
    <message>
        <source>This sign-in answer was already used. Start connecting the account again.</source>
        <translation>Cette réponse de connexion a déjà été utilisée. Recommencez la connexion du compte.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to a connection Marketdesk started. Start connecting the account again from Marketdesk.</source>
        <translation>Cette réponse de connexion ne correspond à aucune connexion lancée par Marketdesk. Recommencez la connexion du compte depuis Marketdesk.</translation>
    </message>
    <message>
        <source>The sign-in took longer than %1 minutes and has expired. Start connecting the account again.</source>
        <translation>La connexion a pris plus de %1 minutes et a expiré. Recommencez la connexion du compte.</translation>
    </message>
    <message>
        <source>This sign-in was cancelled in Marketdesk, so its answer was not used and nothing was stored. Start connecting the account again from Marketdesk.</source>
        <translation>Cette connexion a été annulée dans Marketdesk : sa réponse n’a pas été utilisée et rien n’a été enregistré. Recommencez la connexion du compte depuis Marketdesk.</translation>
    </message>
    <message>
        <source>This sign-in answer belongs to another connection than the one Marketdesk is waiting for. Finish signing in from the window Marketdesk opened last.</source>
        <translation>Cette réponse de connexion appartient à une autre connexion que celle qu’attend Marketdesk. Terminez la connexion dans la dernière fenêtre ouverte par Marketdesk.</translation>
    </message>
</context>
<context>
    <name>md::StockAllocator</name>
    <message>
        <source>That order line no longer exists.</source>
        <translation>Cette ligne de commande n’existe plus.</translation>
    </message>
    <message>
        <source>A receipt of %1 units cannot be recorded: receive at least one.</source>
        <translation>Une réception de %1 unités ne peut pas être enregistrée : recevez-en au moins une.</translation>
    </message>
    <message>
        <source>This line has no SKU: map it to a SKU before reserving stock.</source>
        <translation>Cette ligne n’a pas de SKU : associez-la à un SKU avant de réserver du stock.</translation>
    </message>
    <message>
        <source>Not enough %1 is available there for this line (%2 needed).</source>
        <translation>Pas assez de %1 disponible à cet emplacement pour cette ligne (%2 nécessaires).</translation>
    </message>
    <message>
        <source>This line holds no stock to release.</source>
        <translation>Cette ligne ne réserve aucun stock à libérer.</translation>
    </message>
    <message>
        <source>Transfer at least one unit.</source>
        <translation>Transférez au moins une unité.</translation>
    </message>
    <message>
        <source>Choose another location to transfer to.</source>
        <translation>Choisissez un autre emplacement de destination.</translation>
    </message>
    <message>
        <source>Only %1 of %2 are free to move here (the rest is reserved for orders); move or release those reservations first.</source>
        <translation>Seulement %1 de %2 sont libres à déplacer ici (le reste est réservé pour des commandes) ; déplacez ou libérez d’abord ces réservations.</translation>
    </message>
    <message>
        <source>A location needs a code, as on its label (e.g. A-01).</source>
        <translation>Un emplacement a besoin d’un code, comme sur son étiquette (p. ex. A-01).</translation>
    </message>
    <message>
        <source>There is already a location %1.</source>
        <translation>Il existe déjà un emplacement %1.</translation>
    </message>
    <message>
        <source>Type or choose the SKU this item is.</source>
        <translation>Tapez ou choisissez le SKU de cet article.</translation>
    </message>
    <message>
        <source>This order line is no longer stored.</source>
        <translation>Cette ligne de commande n’est plus enregistrée.</translation>
    </message>
    <message>
        <source>This line already has the SKU %1.</source>
        <translation>Cette ligne a déjà le SKU %1.</translation>
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
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En main</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Available at every location together, of what is on hand there</source>
        <translation>Disponible dans tous les emplacements ensemble, sur ce qui s’y trouve</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>md::StockPane</name>
    <message>
        <source>Reserved for an order</source>
        <translation>Réservé pour une commande</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Released by a cancellation</source>
        <translation>Libéré par une annulation</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>&amp;Count…</source>
        <translation>Com&amp;pter…</translation>
    </message>
    <message>
        <source>Record how many you counted on the shelf; the difference goes to the ledger</source>
        <translation>Enregistrer combien vous en avez compté sur l’étagère ; la différence va au registre</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En main</translation>
    </message>
    <message>
        <source>Reserved for orders</source>
        <translation>Réservé pour des commandes</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Count %1 at %2</source>
        <translation>Compter %1 à %2</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Compté :</translation>
    </message>
    <message>
        <source>Optional: why it differs (breakage, found, …)</source>
        <translation>Facultatif : pourquoi cela diffère (casse, retrouvé, …)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Count stock</source>
        <translation>Compter le stock</translation>
    </message>
    <message>
        <source>%1 at %2: %3 on hand.</source>
        <translation>%1 à %2 : %3 en main.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>An order no longer stored</source>
        <translation>Une commande qui n’est plus enregistrée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Rec&amp;eive…</source>
        <translation>&amp;Réceptionner…</translation>
    </message>
    <message>
        <source>Record stock that arrived at this location; orders waiting for it are reserved first</source>
        <translation>Enregistrer le stock arrivé à cet emplacement ; les commandes qui l’attendent sont réservées d’abord</translation>
    </message>
    <message>
        <source>Marketdesk has %1 on hand here, %2 of them reserved for orders. Enter what is on the shelf; the difference is written to the ledger. If it is less than what is reserved, the newest orders here give way and wait for stock.</source>
        <translation>Marketdesk compte %1 unités en stock ici, dont %2 réservées pour des commandes. Saisissez ce qui est sur l’étagère ; la différence est inscrite au registre. Si c’est moins que ce qui est réservé, les commandes les plus récentes d’ici cèdent leur place et attendent du stock.</translation>
    </message>
    <message>
        <source>Receive %1 at %2</source>
        <translation>Réceptionner %1 à %2</translation>
    </message>
    <message>
        <source>Stock that arrived at this location. Orders waiting for %1 are reserved from it first, oldest order first.</source>
        <translation>Le stock arrivé à cet emplacement. Les commandes qui attendent %1 sont réservées d’abord, la plus ancienne en premier.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>Optional: purchase order, supplier, delivery note…</source>
        <translation>Facultatif : bon de commande, fournisseur, bon de livraison…</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>Receive stock</source>
        <translation>Réceptionner du stock</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n received.</source>
        <translation>
            <numerusform>%1 à %2 : %n reçue.</numerusform>
            <numerusform>%1 à %2 : %n reçues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Reservation released</source>
        <translation>Réservation libérée</translation>
    </message>
    <message>
        <source>Reserved by hand</source>
        <translation>Réservé à la main</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Transfert vers %1</translation>
    </message>
    <message>
        <source>Transfer from %1</source>
        <translation>Transfert depuis %1</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>Move free stock of this SKU to another location</source>
        <translation>Déplacer le stock libre de ce SKU vers un autre emplacement</translation>
    </message>
    <message>
        <source>Stock of a SKU at a location, new or not, or a new location</source>
        <translation>Du stock d’un SKU à un emplacement, nouveau ou non, ou un nouvel emplacement</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Transfer %1 from %2</source>
        <translation>Transférer %1 depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n free to move (not reserved for orders).</source>
        <translation>
            <numerusform>%n libre à déplacer (non réservé pour des commandes).</numerusform>
            <numerusform>%n libres à déplacer (non réservés pour des commandes).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>Optional: why</source>
        <translation>Facultatif : pourquoi</translation>
    </message>
    <message>
        <source>Transfer stock</source>
        <translation>Transférer du stock</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n moved from %2.</source>
        <translation>
            <numerusform>%1 : %n déplacé depuis %2.</numerusform>
            <numerusform>%1 : %n déplacés depuis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add stock</source>
        <translation>Ajouter du stock</translation>
    </message>
    <message>
        <source>Stock of a SKU at a location — a SKU Marketdesk has not seen yet, or a new location (type its code). Orders waiting for the SKU are reserved from it.</source>
        <translation>Du stock d’un SKU à un emplacement — un SKU que Marketdesk n’a pas encore vu, ou un nouvel emplacement (tapez son code). Les commandes qui attendent ce SKU sont réservées à partir de ce stock.</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Enter the SKU, as on the product&apos;s label.</source>
        <translation>Saisissez le SKU, comme sur l’étiquette du produit.</translation>
    </message>
    <message>
        <source>A&amp;dd stock…</source>
        <translation>Aj&amp;outer du stock…</translation>
    </message>
</context>
<context>
    <name>md::StockRepository</name>
    <message>
        <source>Stock of %1 cannot change by %2 on hand and %3 reserved: not enough stock.</source>
        <translation>Le stock de %1 ne peut pas varier de %2 en main et %3 réservés : stock insuffisant.</translation>
    </message>
    <message>
        <source>A count of %1 cannot be below zero.</source>
        <translation>Un compte de %1 ne peut pas être inférieur à zéro.</translation>
    </message>
    <message>
        <source>%1 units of %2 are reserved for orders here; a count of %3 would leave them short. Move or cancel those orders first.</source>
        <translation>%1 unités de %2 sont réservées pour des commandes ici ; un compte de %3 les laisserait à découvert. Déplacez ou annulez d’abord ces commandes.</translation>
    </message>
    <message>
        <source>The stock of %1 changed while you counted (it is no longer %2). Look at it again and count once more.</source>
        <translation>Le stock de %1 a changé pendant que vous comptiez (il n’est plus de %2). Regardez-le à nouveau et recomptez.</translation>
    </message>
</context>
<context>
    <name>md::SyncService::Worker</name>
    <message>
        <source>The sync has no database connection.</source>
        <translation>La synchronisation n’a pas de connexion à la base de données.</translation>
    </message>
</context>
<context>
    <name>md::TablePane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour voir ses détails.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Rien ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Change or clear the filter to see all rows.</source>
        <translation>Modifiez ou effacez le filtre pour voir toutes les lignes.</translation>
    </message>
    <message>
        <source>Nothing matches the chosen filters</source>
        <translation>Rien ne correspond aux filtres choisis</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>md::TokenManager</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated; reactivate it first.</source>
        <translation>Le compte « %1 » est désactivé ; réactivez-le d’abord.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no tokens: connect it first.</source>
        <translation>Le compte « %1 » n’a pas de jetons : connectez-le d’abord.</translation>
    </message>
    <message>
        <source>Marketdesk cannot talk to %1 (%2) yet.</source>
        <translation>Marketdesk ne peut pas encore dialoguer avec %1 (%2).</translation>
    </message>
    <message>
        <source>%1 no longer accepts the authorization of &quot;%2&quot;. Reconnect the account.</source>
        <translation>%1 n’accepte plus l’autorisation de « %2 ». Reconnectez le compte.</translation>
    </message>
    <message>
        <source>The keychain holds no token for &quot;%1&quot;. Reconnect the account.</source>
        <translation>Le trousseau ne contient aucun jeton pour « %1 ». Reconnectez le compte.</translation>
    </message>
    <message>
        <source>The keychain holds no refresh token for &quot;%1&quot;. Reconnect the account.</source>
        <translation>Le trousseau ne contient aucun jeton de renouvellement pour « %1 ». Reconnectez le compte.</translation>
    </message>
    <message>
        <source>Marketdesk has no client secret for %1 (%2). Enter it in the Providers settings.</source>
        <translation>Marketdesk n’a pas de secret client pour %1 (%2). Saisissez-le dans les réglages des fournisseurs.</translation>
    </message>
</context>
<context>
    <name>md::TrackingEntry</name>
    <message>
        <source>Type or scan the label&apos;s tracking number</source>
        <translation>Tapez ou scannez le numéro de suivi de l’étiquette</translation>
    </message>
</context>
<context>
    <name>md::Transaction</name>
    <message>
        <source>Cannot begin a database transaction</source>
        <translation>Impossible de commencer une transaction de base de données</translation>
    </message>
    <message>
        <source>No database transaction is open.</source>
        <translation>Aucune transaction de base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>Cannot commit the database transaction</source>
        <translation>Impossible de valider la transaction de base de données</translation>
    </message>
</context>
<context>
    <name>md::TrayIcon</name>
    <message>
        <source>Hide Marketdesk</source>
        <translation>Masquer Marketdesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Marketdesk</source>
        <translation>Marketdesk</translation>
    </message>
    <message>
        <source>Marketdesk — needs attention</source>
        <translation>Marketdesk — demande votre attention</translation>
    </message>
    <message>
        <source>Show Marketdesk</source>
        <translation>Afficher Marketdesk</translation>
    </message>
</context>
<context>
    <name>md::Words</name>
    <message>
        <source>Other (%1)</source>
        <translation>Autre (%1)</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>Partiellement expédiée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Paiement en attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée avant paiement</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>Not shipped</source>
        <translation>Non expédiée</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Prélevée</translation>
    </message>
    <message>
        <source>No SKU to reserve: map the line to a SKU</source>
        <translation>Aucun SKU à réserver : associez la ligne à un SKU</translation>
    </message>
    <message>
        <source>A stock count left too little for this order</source>
        <translation>Un inventaire a laissé trop peu pour cette commande</translation>
    </message>
    <message>
        <source>Released by hand: reserve it again by hand</source>
        <translation>Libérée à la main : réservez-la de nouveau à la main</translation>
    </message>
    <message>
        <source>Not enough %1 available</source>
        <translation>Pas assez de %1 disponible</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>listings</source>
        <translation>annonces</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>retours</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
</context>
</TS>

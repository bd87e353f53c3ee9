#include "logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "md.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "md.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "md.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "md.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "md.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "md.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "md.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "md.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "md.ui", QtInfoMsg)

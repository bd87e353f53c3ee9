#include "OpenApiValidator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace md::test {

std::optional<OpenApiValidator> OpenApiValidator::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = u"%1 is not JSON: %2"_s.arg(path, parseError.errorString());
        return std::nullopt;
    }
    OpenApiValidator validator;
    validator.m_document = document.object();
    return validator;
}

QJsonObject OpenApiValidator::namedSchema(const QString& name) const
{
    const QJsonObject components = m_document.value("components"_L1).toObject().value("schemas"_L1).toObject();
    if (components.contains(name))
        return components.value(name).toObject();
    return m_document.value("definitions"_L1).toObject().value(name).toObject();
}

QJsonObject OpenApiValidator::resolve(const QJsonObject& schema) const
{
    QJsonObject current = schema;
    for (int depth = 0; depth < 20 && current.contains("$ref"_L1); ++depth) {
        const QString ref = current.value("$ref"_L1).toString();
        current = namedSchema(ref.section(u'/', -1));
    }
    return current;
}

QJsonObject OpenApiValidator::responseSchema(const QString& pathTemplate, const QString& method, int status) const
{
    const QJsonObject responses = m_document.value("paths"_L1)
                                      .toObject()
                                      .value(pathTemplate)
                                      .toObject()
                                      .value(method.toLower())
                                      .toObject()
                                      .value("responses"_L1)
                                      .toObject();
    const QJsonObject response = resolve(responses.value(QString::number(status)).toObject());
    if (response.contains("schema"_L1)) // Swagger 2
        return response.value("schema"_L1).toObject();
    const QJsonObject content = response.value("content"_L1).toObject(); // OpenAPI 3
    for (auto it = content.begin(); it != content.end(); ++it) {
        if (it.key().contains("json"_L1))
            return it.value().toObject().value("schema"_L1).toObject();
    }
    return {};
}

QStringList OpenApiValidator::validateResponse(const QString& pathTemplate, const QString& method, int status,
                                               const QJsonValue& body) const
{
    const QJsonObject schema = responseSchema(pathTemplate, method, status);
    if (schema.isEmpty())
        return {u"the contract declares no JSON schema for %1 %2 → %3"_s.arg(method, pathTemplate).arg(status)};
    return validate(schema, body);
}

QStringList OpenApiValidator::validate(const QJsonObject& rawSchema, const QJsonValue& value,
                                       const QString& where) const
{
    QJsonObject schema = resolve(rawSchema);
    QStringList problems;
    if (schema.contains("allOf"_L1)) {
        QJsonObject merged;
        QJsonObject properties;
        QJsonArray required;
        for (const QJsonValue& part : schema.value("allOf"_L1).toArray()) {
            const QJsonObject resolved = resolve(part.toObject());
            for (auto it = resolved.begin(); it != resolved.end(); ++it) {
                if (it.key() == "properties"_L1) {
                    const QJsonObject more = it.value().toObject();
                    for (auto p = more.begin(); p != more.end(); ++p)
                        properties.insert(p.key(), p.value());
                } else if (it.key() == "required"_L1) {
                    for (const QJsonValue& r : it.value().toArray())
                        required << r;
                } else {
                    merged.insert(it.key(), it.value());
                }
            }
        }
        merged.insert(u"properties"_s, properties);
        merged.insert(u"required"_s, required);
        if (!merged.contains("type"_L1))
            merged.insert(u"type"_s, u"object"_s);
        schema = merged;
    }

    const QString type = schema.value("type"_L1).toString();
    if (value.isNull() && schema.value("nullable"_L1).toBool())
        return problems;
    if (type == "object"_L1 || (type.isEmpty() && schema.contains("properties"_L1))) {
        if (!value.isObject())
            return {u"%1: expected an object"_s.arg(where)};
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        const QJsonValue additional = schema.value("additionalProperties"_L1);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = where + u'.' + it.key();
            if (properties.contains(it.key()))
                problems += validate(properties.value(it.key()).toObject(), it.value(), at);
            else if (additional.isObject())
                problems += validate(additional.toObject(), it.value(), at);
            else if (!additional.toBool(false) && !properties.isEmpty())
                problems << u"%1: not declared by the contract"_s.arg(at);
        }
        for (const QJsonValue& name : schema.value("required"_L1).toArray()) {
            if (!object.contains(name.toString()))
                problems << u"%1.%2: required but missing"_s.arg(where, name.toString());
        }
    } else if (type == "array"_L1) {
        if (!value.isArray())
            return {u"%1: expected an array"_s.arg(where)};
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            problems += validate(schema.value("items"_L1).toObject(), array.at(i), u"%1[%2]"_s.arg(where).arg(i));
    } else if (type == "string"_L1) {
        if (!value.isString())
            return {u"%1: expected a string"_s.arg(where)};
        if (schema.value("format"_L1).toString() == "date-time"_L1 &&
            !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            problems << u"%1: \"%2\" is not an ISO 8601 date-time"_s.arg(where, value.toString());
    } else if (type == "integer"_L1) {
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return {u"%1: expected an integer"_s.arg(where)};
    } else if (type == "number"_L1) {
        if (!value.isDouble())
            return {u"%1: expected a number"_s.arg(where)};
    } else if (type == "boolean"_L1) {
        if (!value.isBool())
            return {u"%1: expected a boolean"_s.arg(where)};
    }
    if (schema.contains("enum"_L1) && !schema.value("enum"_L1).toArray().contains(value))
        problems << u"%1: %2 is not one of the contract's values"_s.arg(where, value.toVariant().toString());
    return problems;
}

} // namespace md::test

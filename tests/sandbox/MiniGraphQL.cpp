#include "MiniGraphQL.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace md::sandbox::graphql {

namespace {

struct Token {
    enum Kind { Name, Punct, String, Number, Variable, End } kind = End;
    QString text;
};

class Lexer {
public:
    explicit Lexer(const QString& source)
        : m_source(source)
    {
    }

    QList<Token> tokens(QString* error)
    {
        QList<Token> list;
        while (true) {
            skipIgnored();
            if (m_pos >= m_source.size()) {
                list.append(Token {Token::End, {}});
                return list;
            }
            const QChar c = m_source.at(m_pos);
            if (c.isLetter() || c == u'_') {
                const qsizetype start = m_pos;
                while (m_pos < m_source.size() && (m_source.at(m_pos).isLetterOrNumber() || m_source.at(m_pos) == u'_'))
                    ++m_pos;
                list.append(Token {Token::Name, m_source.mid(start, m_pos - start)});
            } else if (c == u'$') {
                ++m_pos;
                const qsizetype start = m_pos;
                while (m_pos < m_source.size() && (m_source.at(m_pos).isLetterOrNumber() || m_source.at(m_pos) == u'_'))
                    ++m_pos;
                list.append(Token {Token::Variable, m_source.mid(start, m_pos - start)});
            } else if (c.isDigit() || c == u'-') {
                const qsizetype start = m_pos++;
                while (m_pos < m_source.size() &&
                       (m_source.at(m_pos).isDigit() || m_source.at(m_pos) == u'.' || m_source.at(m_pos) == u'e' ||
                        m_source.at(m_pos) == u'E' || m_source.at(m_pos) == u'+' || m_source.at(m_pos) == u'-'))
                    ++m_pos;
                list.append(Token {Token::Number, m_source.mid(start, m_pos - start)});
            } else if (c == u'"') {
                QString text;
                ++m_pos;
                while (m_pos < m_source.size() && m_source.at(m_pos) != u'"') {
                    if (m_source.at(m_pos) == u'\\' && m_pos + 1 < m_source.size()) {
                        ++m_pos;
                        const QChar e = m_source.at(m_pos);
                        text += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
                    } else {
                        text += m_source.at(m_pos);
                    }
                    ++m_pos;
                }
                if (m_pos >= m_source.size()) {
                    *error = u"unterminated string"_s;
                    return {};
                }
                ++m_pos;
                list.append(Token {Token::String, text});
            } else if (m_source.mid(m_pos, 3) == "..."_L1) {
                m_pos += 3;
                list.append(Token {Token::Punct, u"..."_s});
            } else if (u"{}()[]:!=@,|&"_s.contains(c)) {
                ++m_pos;
                list.append(Token {Token::Punct, QString(c)});
            } else {
                *error = u"unexpected character '%1'"_s.arg(c);
                return {};
            }
        }
    }

private:
    void skipIgnored()
    {
        while (m_pos < m_source.size()) {
            const QChar c = m_source.at(m_pos);
            if (c.isSpace() || c == u',') {
                ++m_pos;
            } else if (c == u'#') {
                while (m_pos < m_source.size() && m_source.at(m_pos) != u'\n')
                    ++m_pos;
            } else {
                return;
            }
        }
    }

    const QString& m_source;
    qsizetype m_pos = 0;
};

class Parser {
public:
    Parser(QList<Token> tokens, const QJsonObject& variables)
        : m_tokens(std::move(tokens))
        , m_variables(variables)
    {
    }

    bool document(QList<Operation>* operations, QString* error)
    {
        // First pass: remember fragment definitions so spreads anywhere can use them.
        for (qsizetype i = 0; i + 3 < m_tokens.size(); ++i) {
            if (m_tokens[i].kind == Token::Name && m_tokens[i].text == "fragment"_L1 && (i == 0 || depthAt(i) == 0)) {
                m_fragmentStarts.insert(m_tokens[i + 1].text, i);
            }
        }
        while (peek().kind != Token::End) {
            if (peek().kind == Token::Name && peek().text == "fragment"_L1) {
                // fragment Name on Type { … } — skip, used through spreads
                m_pos += 4;
                QList<Field> ignored;
                if (!selectionSet(&ignored, error))
                    return false;
                continue;
            }
            Operation op;
            if (peek().kind == Token::Name && (peek().text == "query"_L1 || peek().text == "mutation"_L1)) {
                op.type = next().text;
                if (peek().kind == Token::Name)
                    op.name = next().text;
                if (peek().text == "("_L1)
                    skipBalanced(u"("_s, u")"_s);
                while (peek().text == "@"_L1)
                    skipDirective();
            }
            if (!selectionSet(&op.selections, error))
                return false;
            operations->append(op);
        }
        return true;
    }

private:
    const Token& peek() const { return m_tokens.at(std::min(m_pos, m_tokens.size() - 1)); }
    const Token& next() { return m_tokens.at(std::min(m_pos++, m_tokens.size() - 1)); }

    int depthAt(qsizetype index) const
    {
        int depth = 0;
        for (qsizetype i = 0; i < index; ++i) {
            if (m_tokens[i].text == "{"_L1 && m_tokens[i].kind == Token::Punct)
                ++depth;
            else if (m_tokens[i].text == "}"_L1 && m_tokens[i].kind == Token::Punct)
                --depth;
        }
        return depth;
    }

    void skipBalanced(const QString& open, const QString& close)
    {
        int depth = 0;
        do {
            const Token& t = next();
            if (t.kind == Token::Punct && t.text == open)
                ++depth;
            else if (t.kind == Token::Punct && t.text == close)
                --depth;
            else if (t.kind == Token::End)
                return;
        } while (depth > 0);
    }

    void skipDirective()
    {
        next(); // @
        next(); // name
        if (peek().text == "("_L1)
            skipBalanced(u"("_s, u")"_s);
    }

    bool selectionSet(QList<Field>* fields, QString* error)
    {
        if (next().text != "{"_L1) {
            *error = u"expected '{'"_s;
            return false;
        }
        while (peek().text != "}"_L1) {
            if (peek().kind == Token::End) {
                *error = u"unexpected end of document"_s;
                return false;
            }
            if (peek().text == "..."_L1) {
                next();
                if (peek().kind == Token::Name && peek().text == "on"_L1) {
                    next();
                    next(); // type condition
                    Field fragment;
                    if (!selectionSet(&fragment.selections, error))
                        return false;
                    fields->append(fragment);
                } else {
                    const QString name = next().text;
                    if (!m_fragmentStarts.contains(name)) {
                        *error = u"unknown fragment %1"_s.arg(name);
                        return false;
                    }
                    const qsizetype resume = m_pos;
                    m_pos = m_fragmentStarts.value(name) + 4;
                    Field fragment;
                    const bool ok = selectionSet(&fragment.selections, error);
                    m_pos = resume;
                    if (!ok)
                        return false;
                    fields->append(fragment);
                }
                continue;
            }
            Field field;
            if (peek().kind != Token::Name) {
                *error = u"expected a field name, got '%1'"_s.arg(peek().text);
                return false;
            }
            field.name = next().text;
            if (peek().text == ":"_L1) {
                next();
                field.alias = field.name;
                field.name = next().text;
            }
            if (peek().text == "("_L1) {
                next();
                while (peek().text != ")"_L1) {
                    const QString name = next().text;
                    if (next().text != ":"_L1) {
                        *error = u"expected ':' after argument %1"_s.arg(name);
                        return false;
                    }
                    field.arguments.insert(name, value());
                }
                next();
            }
            while (peek().text == "@"_L1)
                skipDirective();
            if (peek().text == "{"_L1 && !selectionSet(&field.selections, error))
                return false;
            fields->append(field);
        }
        next();
        return true;
    }

    QJsonValue value()
    {
        const Token t = next();
        switch (t.kind) {
        case Token::Variable:
            return m_variables.value(t.text);
        case Token::String:
            return t.text;
        case Token::Number:
            return t.text.contains(u'.') || t.text.contains(u'e') ? QJsonValue(t.text.toDouble())
                                                                  : QJsonValue(t.text.toLongLong());
        case Token::Name:
            if (t.text == "true"_L1 || t.text == "false"_L1)
                return t.text == "true"_L1;
            if (t.text == "null"_L1)
                return QJsonValue::Null;
            return t.text; // enum value
        case Token::Punct:
            if (t.text == "["_L1) {
                QJsonArray array;
                while (peek().text != "]"_L1 && peek().kind != Token::End)
                    array.append(value());
                next();
                return array;
            }
            if (t.text == "{"_L1) {
                QJsonObject object;
                while (peek().text != "}"_L1 && peek().kind != Token::End) {
                    const QString key = next().text;
                    next(); // :
                    object.insert(key, value());
                }
                next();
                return object;
            }
            break;
        case Token::End:
            break;
        }
        return QJsonValue::Null;
    }

    QList<Token> m_tokens;
    QJsonObject m_variables;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_fragmentStarts;
};

} // namespace

std::optional<Operation> parse(const QString& document, const QJsonObject& variables, const QString& operationName,
                               QString* error)
{
    QList<Token> tokens = Lexer(document).tokens(error);
    if (tokens.isEmpty())
        return std::nullopt;
    Parser parser(std::move(tokens), variables);
    QList<Operation> operations;
    if (!parser.document(&operations, error))
        return std::nullopt;
    if (operations.isEmpty()) {
        *error = u"the document has no operation"_s;
        return std::nullopt;
    }
    if (operationName.isEmpty())
        return operations.first();
    for (const Operation& op : std::as_const(operations)) {
        if (op.name == operationName)
            return op;
    }
    *error = u"no operation named %1"_s.arg(operationName);
    return std::nullopt;
}

QJsonValue project(const QJsonValue& full, const QList<Field>& selections)
{
    if (selections.isEmpty() || full.isNull() || full.isUndefined())
        return full.isUndefined() ? QJsonValue(QJsonValue::Null) : full;
    if (full.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : full.toArray())
            out.append(project(item, selections));
        return out;
    }
    const QJsonObject object = full.toObject();
    QJsonObject out;
    for (const Field& field : selections) {
        if (field.name.isEmpty()) { // inline fragment or spread: merge
            const QJsonObject merged = project(full, field.selections).toObject();
            for (auto it = merged.begin(); it != merged.end(); ++it)
                out.insert(it.key(), it.value());
            continue;
        }
        const QJsonValue value = object.value(field.name);
        out.insert(field.key(), project(value.isUndefined() ? QJsonValue(QJsonValue::Null) : value, field.selections));
    }
    return out;
}

} // namespace md::sandbox::graphql

#pragma once

// What every repository does with a statement's rows, in one place: read each row into a value, the one id an
// INSERT … RETURNING gives back, and the time a row is written at.

#include "core/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>

namespace md::sql {

/// Now, in milliseconds since the epoch (UTC): how every table stores a time.
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Runs the statement and reads every row with `reader` (SqlQuery& → T).
template<typename T, typename Reader> Result<QList<T>> readAll(SqlQuery& q, Reader reader)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QList<T> list;
    while (q.next())
        list << reader(q);
    return list;
}

/// Runs the statement and reads the one id it answers (INSERT … RETURNING id, SELECT id …).
inline Result<qint64> scalarId(SqlQuery& q)
{
    auto id = q.execScalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace md::sql

#pragma once

// Memory figures the benchmarks report (Linux).

#include <QFile>

#include <sys/resource.h>

namespace md::bench {

/// The process's peak resident memory so far, in MB.
inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

/// The process's resident memory now, in MB (-1 when unknown).
inline double currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace md::bench

#pragma once

#include "core/Result.h"
#include "domain/Account.h"
#include "providers/PageSource.h"

#include <QString>

namespace md {

/// What one page changed.
struct PageOutcome {
    int imported = 0; ///< entries inserted or updated
    int quarantined = 0; ///< entries kept aside with their raw body because they could not be read
};

/// Where one resource's pages go. PagedSync calls store() inside the page's transaction, which also moves the
/// cursor past the page: a sink writes its rows and nothing else, and never commits.
class PageSink {
public:
    virtual ~PageSink() = default;
    /// The resource it stores (the sources' resource(), the cursor's name).
    virtual QString resource() const = 0;
    virtual Result<PageOutcome> store(const Account& account, const PageBase& page) = 0;
};

/// A PageSink of one type: the page comes typed.
template<typename T> class TypedPageSink : public PageSink {
public:
    Result<PageOutcome> store(const Account& account, const PageBase& page) final
    {
        // Sources and sinks meet by resource name; each resource has one type.
        Q_ASSERT(dynamic_cast<const Page<T>*>(&page));
        return storeEntries(account, static_cast<const Page<T>&>(page));
    }

protected:
    virtual Result<PageOutcome> storeEntries(const Account& account, const Page<T>& page) = 0;
};

} // namespace md

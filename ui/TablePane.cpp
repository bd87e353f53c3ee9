#include "ui/TablePane.h"

#include "models/ModelRoles.h"

#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// Matches the filter text against every column's display text and the model's Filter role, so hidden keys
/// (an e-mail, an external id) are found too.
class PaneFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Every word must appear (case-insensitively) somewhere in the row; words are plain text, not patterns.
    void setWords(const QString& text)
    {
        m_words = text.split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QAbstractItemModel* source = sourceModel();
        for (const QString& word : m_words) {
            bool found = source->index(sourceRow, 0, sourceParent)
                             .data(roleOf(Role::Filter))
                             .toString()
                             .contains(word, Qt::CaseInsensitive);
            for (int column = 0; !found && column < source->columnCount(sourceParent); ++column)
                found = source->index(sourceRow, column, sourceParent)
                            .data()
                            .toString()
                            .contains(word, Qt::CaseInsensitive);
            if (!found)
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

} // namespace

TablePane::TablePane(const QString& id, QAbstractItemModel* model, QWidget* parent)
    : QWidget(parent)
    , m_id(id)
    , m_model(model)
    , m_proxy(new PaneFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(id + u"Pane"_s);
    m_filter->setObjectName(u"filter"_s);
    m_view->setObjectName(u"table"_s);
    m_empty->setObjectName(u"emptyState"_s);
    m_details->setObjectName(u"details"_s);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(roleOf(Role::Sort));
    m_proxy->setDynamicSortFilter(true);

    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        static_cast<PaneFilterProxy*>(m_proxy)->setWords(text);
        updateEmptyState();
    });

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setMargin(24);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_details->setOpenExternalLinks(false);
    m_details->setPlaceholderText(tr("Select a row to see its details."));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_splitter, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePane::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePane::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TablePane::updateDetails);
    updateEmptyState();
}

void TablePane::setEmptyText(const QString& title, const QString& hint)
{
    m_emptyTitle = title;
    m_emptyHint = hint;
    updateEmptyState();
}

void TablePane::setDetailsProvider(DetailsProvider provider)
{
    m_detailsProvider = std::move(provider);
    updateDetails();
}

bool TablePane::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void TablePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TablePane::updateEmptyState()
{
    const bool sourceEmpty = m_model->rowCount() == 0;
    const bool filteredEmpty = !sourceEmpty && m_proxy->rowCount() == 0;
    if (sourceEmpty) {
        m_empty->setText(u"<h3>%1</h3><p>%2</p>"_s.arg(m_emptyTitle.toHtmlEscaped(), m_emptyHint.toHtmlEscaped()));
    } else if (filteredEmpty) {
        m_empty->setText(
            u"<h3>%1</h3><p>%2</p>"_s.arg(tr("Nothing matches \"%1\"").arg(m_filter->text()).toHtmlEscaped(),
                                          tr("Change or clear the filter to see all rows.").toHtmlEscaped()));
    }
    m_stack->setCurrentWidget(sourceEmpty || filteredEmpty ? static_cast<QWidget*>(m_empty) : m_view);
    m_filter->setEnabled(!sourceEmpty);
    m_details->setVisible(!sourceEmpty);
    // Fit the columns to the first rows shown, unless the person already arranged them.
    if (!sourceEmpty && !m_columnsFitted) {
        m_columnsFitted = true;
        m_view->resizeColumnsToContents();
    }
}

void TablePane::updateDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_detailsProvider) {
        m_details->clear();
        return;
    }
    m_details->setHtml(m_detailsProvider(m_proxy->mapToSource(current).row()));
}

QByteArray TablePane::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << quint8(1) << m_splitter->saveState() << m_view->horizontalHeader()->saveState();
    return state;
}

void TablePane::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    quint8 version = 0;
    QByteArray splitter;
    QByteArray header;
    stream >> version >> splitter >> header;
    if (version != 1 || stream.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    if (m_view->horizontalHeader()->restoreState(header))
        m_columnsFitted = true;
}

} // namespace md

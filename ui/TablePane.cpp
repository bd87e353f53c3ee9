#include "ui/TablePane.h"

#include "models/ModelRoles.h"

#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// Matches the filter text against every column's display text and the model's Filter role, so hidden keys
/// (an e-mail, an external id) are found too.
class PaneFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Sorting happens in the source model (it reads its rows in that order), not here.
    void setForwardSort(bool forward) { m_forwardSort = forward; }

    void sort(int column, Qt::SortOrder order) override
    {
        if (m_forwardSort) {
            sourceModel()->sort(column, order);
            return;
        }
        QSortFilterProxyModel::sort(column, order);
    }

    /// Every word must appear (case-insensitively) somewhere in the row; words are plain text, not patterns.
    void setWords(const QString& text)
    {
        m_words = text.split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

    /// Keeps only rows whose `column` displays exactly `value` (an empty value: any).
    void setColumnValue(int column, const QString& value)
    {
        if (value.isEmpty())
            m_columnValues.remove(column);
        else
            m_columnValues.insert(column, value);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        const QAbstractItemModel* source = sourceModel();
        for (auto it = m_columnValues.cbegin(); it != m_columnValues.cend(); ++it) {
            if (source->index(sourceRow, it.key(), sourceParent).data().toString() != it.value())
                return false;
        }
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
    QHash<int, QString> m_columnValues;
    bool m_forwardSort = false;
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
    , m_textDelay(new QTimer(this))
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
    m_filter->setMinimumWidth(120);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250); // a search per pause in typing, not per key
    connect(m_textDelay, &QTimer::timeout, this, [this] {
        if (m_queryText)
            m_queryText(m_filter->text());
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_queryText) {
            m_textDelay->start();
            return;
        }
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
    // A column the person resizes or moves is theirs: the pane stops fitting columns from then on.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        QHeaderView* header = m_view->horizontalHeader();
        const bool stretched = header->stretchLastSection() && header->visualIndex(logical) == header->count() - 1;
        if (!m_fitting && !stretched)
            m_columnsFitted = true;
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { m_columnsFitted = true; });
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
    m_toolRow = new QHBoxLayout;
    m_toolRow->addWidget(m_filter, 1);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_splitter, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePane::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePane::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const int current = m_view->selectionModel()->currentIndex().row();
                if (current >= topLeft.row() && current <= bottomRight.row())
                    updateDetails();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentSourceRowChanged(currentSourceRow()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &TablePane::updateColumnFilterChoices);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePane::updateColumnFilterChoices);
    connect(model, &QAbstractItemModel::dataChanged, this, &TablePane::updateColumnFilterChoices);
    updateEmptyState();
}

void TablePane::setQueryDriven(QueryText onText, std::function<bool()> filtered)
{
    m_queryText = std::move(onText);
    m_filtered = std::move(filtered);
    static_cast<PaneFilterProxy*>(m_proxy)->setForwardSort(true);
    m_filter->setPlaceholderText(tr("Search (Ctrl+F)"));
    updateEmptyState();
}

void TablePane::addToolWidget(QWidget* widget)
{
    m_toolRow->addWidget(widget);
}

void TablePane::addTopWidget(QWidget* widget)
{
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, widget);
}

void TablePane::addActionWidget(QWidget* widget, bool stretchBefore)
{
    if (!m_actionRow) {
        m_actionRow = new QHBoxLayout;
        static_cast<QVBoxLayout*>(layout())->insertLayout(1, m_actionRow);
    }
    if (stretchBefore)
        m_actionRow->addStretch(1);
    m_actionRow->addWidget(widget);
}

QComboBox* TablePane::addColumnFilter(int column, const QString& allText, const QString& objectName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(allText, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_columnFilters.append({column, combo});
    m_toolRow->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
        static_cast<PaneFilterProxy*>(m_proxy)->setColumnValue(column, combo->currentData().toString());
        updateEmptyState();
    });
    updateColumnFilterChoices();
    return combo;
}

void TablePane::updateColumnFilterChoices()
{
    for (const auto& [column, combo] : std::as_const(m_columnFilters)) {
        QStringList values;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString value = m_model->index(row, column).data().toString();
            if (!value.isEmpty() && !values.contains(value))
                values << value;
        }
        setChoices(combo, values);
    }
}

void TablePane::setChoices(QComboBox* combo, QStringList values)
{
    values.sort(Qt::CaseInsensitive);
    const QString chosen = combo->currentData().toString();
    if (!chosen.isEmpty() && !values.contains(chosen))
        values << chosen; // keep the person's choice while it matches nothing
    QStringList current;
    for (int i = 1; i < combo->count(); ++i)
        current << combo->itemData(i).toString();
    if (current == values)
        return;
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString& value : std::as_const(values))
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

int TablePane::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
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
    // A query-driven model holds only what matches; it knows whether that is because of a filter.
    const bool queryFiltered = m_filtered && m_filtered();
    const bool sourceEmpty = m_model->rowCount() == 0 && !queryFiltered;
    const bool filteredEmpty = !sourceEmpty && m_proxy->rowCount() == 0;
    if (sourceEmpty) {
        m_empty->setText(u"<h3>%1</h3><p>%2</p>"_s.arg(m_emptyTitle.toHtmlEscaped(), m_emptyHint.toHtmlEscaped()));
    } else if (filteredEmpty) {
        m_empty->setText(u"<h3>%1</h3><p>%2</p>"_s.arg(
            (m_filter->text().isEmpty() ? tr("Nothing matches the chosen filters")
                                        : tr("Nothing matches \"%1\"").arg(m_filter->text()))
                .toHtmlEscaped(),
            tr("Change or clear the filter to see all rows.").toHtmlEscaped()));
    }
    m_stack->setCurrentWidget(sourceEmpty || filteredEmpty ? static_cast<QWidget*>(m_empty) : m_view);
    m_filter->setEnabled(!sourceEmpty || queryFiltered);
    m_details->setVisible(!sourceEmpty);
    if (!sourceEmpty)
        fitColumns();
}

void TablePane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Built before it was shown (no rows in view yet, or other words): fitted again now that rows are on screen.
    if (m_model->rowCount() > 0)
        QTimer::singleShot(0, this, &TablePane::fitColumns);
}

void TablePane::fitColumns()
{
    if (m_columnsFitted)
        return;
    // Rows arrive a page at a time (and longer values later): widen to what is shown now, never narrow, so a
    // column fitted to the first rows does not cut a longer value further down.
    constexpr int kMostAutomaticWidth = 420;
    QHeaderView* header = m_view->horizontalHeader();
    const QScopedValueRollback fitting(m_fitting, true);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) ||
            (header->stretchLastSection() && header->visualIndex(column) == header->count() - 1))
            continue;
        const int wanted = std::min(kMostAutomaticWidth,
                                    std::max(static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(column),
                                             header->sectionSizeHint(column)));
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
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
    // The column count too: a version with another column set starts from fitted columns, not shifted ones.
    // Whether the person arranged them, too: a layout they never touched keeps being fitted to what is shown.
    stream << quint8(3) << m_splitter->saveState() << m_view->horizontalHeader()->saveState()
           << qint32(m_view->horizontalHeader()->count()) << m_columnsFitted;
    return state;
}

void TablePane::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    quint8 version = 0;
    QByteArray splitter;
    QByteArray header;
    qint32 columns = -1;
    bool arranged = true; // versions 1 and 2 did not say
    stream >> version >> splitter >> header;
    if (version >= 2)
        stream >> columns;
    if (version >= 3)
        stream >> arranged;
    if (version < 1 || version > 3 || stream.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    if (columns != m_view->horizontalHeader()->count())
        return; // saved by a version with other columns (version 1 did not say: its Orders had one fewer)
    const QScopedValueRollback fitting(m_fitting, true); // restoring is not the person resizing
    if (m_view->horizontalHeader()->restoreState(header))
        m_columnsFitted = arranged;
}

} // namespace md

#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace md {

/// One pane of the main window: a filter box, a sortable table over an item model, a details area, and an
/// explanation in place of the table while there is nothing to show.
class TablePane : public QWidget {
    Q_OBJECT
public:
    /// Produces the details area's HTML for a row of the source model (escape everything you insert).
    using DetailsProvider = std::function<QString(int sourceRow)>;

    TablePane(const QString& id, QAbstractItemModel* model, QWidget* parent = nullptr);

    QString id() const { return m_id; }
    /// What the empty pane says: what will appear here and how to get it.
    void setEmptyText(const QString& title, const QString& hint);
    QString emptyTitle() const { return m_emptyTitle; }
    QString emptyHint() const { return m_emptyHint; }
    void setDetailsProvider(DetailsProvider provider);
    using QueryText = std::function<void(const QString& text)>;
    /// For a model that filters and sorts itself (in SQL): the filter box's text goes to `onText` once typing
    /// pauses, header clicks go to the model's sort(), and `filtered` says whether conditions are set (an empty
    /// model then means "nothing matches", not "nothing yet").
    void setQueryDriven(QueryText onText, std::function<bool()> filtered);
    /// The empty-state explanation changed (a query-driven model's conditions changed).
    void refreshEmptyState() { updateEmptyState(); }

    QTableView* view() const { return m_view; }
    QTextBrowser* detailsBrowser() const { return m_details; }
    /// Adds a widget (a button, a filter) to the row beside the filter box.
    void addToolWidget(QWidget* widget);
    /// Above the search row, across the pane (views of the same rows: tabs).
    void addTopWidget(QWidget* widget);
    /// Adds a widget to a second row under the filters (actions on the selected rows); `stretch` first pushes it
    /// to the right.
    void addActionWidget(QWidget* widget, bool stretchBefore = false);
    /// Adds a drop-down that keeps only rows whose `column` shows the chosen text ("All" first); its choices
    /// follow the model's values.
    QComboBox* addColumnFilter(int column, const QString& allText, const QString& objectName);
    /// Makes a filter drop-down's choices after its first ("All …") item `values`, sorted, keeping the current
    /// choice (also when it is no longer among them); nothing changes, and no signal fires, when they are the same.
    static void setChoices(QComboBox* combo, QStringList values);
    /// The source-model row of the current row (-1: none).
    int currentSourceRow() const;
    /// Shows the details of the current row again (what they show changed).
    void refreshDetails() { updateDetails(); }
    QLineEdit* filterEdit() const { return m_filter; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    bool showsEmptyState() const;

    /// Puts the cursor in the filter box and selects its text (Ctrl+F).
    void focusFilter();
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    /// The current row changed (source-model row, -1: none).
    void currentSourceRowChanged(int sourceRow);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateEmptyState();
    void updateColumnFilterChoices();
    void updateDetails();
    /// Widens columns to what the rows shown need (never narrows them), until the person arranges them.
    void fitColumns();

    QString m_id;
    QAbstractItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QSplitter* m_splitter;
    QTextBrowser* m_details;
    QString m_emptyTitle;
    QString m_emptyHint;
    DetailsProvider m_detailsProvider;
    bool m_columnsFitted = false; ///< the person arranged the columns (or a saved layout did): no more fitting
    bool m_fitting = false; ///< the columns are being fitted (a resize now is not the person's)
    QHBoxLayout* m_toolRow = nullptr;
    QHBoxLayout* m_actionRow = nullptr;
    QList<std::pair<int, QComboBox*>> m_columnFilters;
    QTimer* m_textDelay;
    QueryText m_queryText;
    std::function<bool()> m_filtered;
};

} // namespace md

#pragma once

#include "core/crm/ImportService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace confidant::ui {

//! One list of the import preview: the rows to create, the matches (with a Merge check box each, Skip by
//! default), or the problem rows with their reasons. Holds what the preview kept; nothing is queried.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        New,
        Matches,
        Problems,
    };

    explicit ImportPreviewModel(Kind kind, QObject* parent = nullptr);

    void setRows(const QList<crm::ImportRow>& rows);
    //! Matches: merge (true) or skip every row.
    void setAllMerge(bool merge);
    //! Matches: the decisions the check boxes stand for.
    crm::ImportDecisions decisions() const;
    //! The column of the Merge check box (Matches only).
    static constexpr int kMergeColumn = 4;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    Kind m_kind;
    QList<crm::ImportRow> m_rows;
    QHash<qint64, bool> m_merge; //!< line -> merge
};

} // namespace confidant::ui

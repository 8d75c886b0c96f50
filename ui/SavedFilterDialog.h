#pragma once

#include "core/crm/SavedFilter.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace confidant::crm {
class SavedFilterService;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Names and defines a saved contact filter (search text, tags, company, city, country), new or edited.
//! Saving goes through SavedFilterService (permission, uniqueness and audit are checked there).
class SavedFilterDialog : public QDialog
{
    Q_OBJECT

public:
    //! `existing`: the filter being edited, or empty for a new one started from `start`.
    SavedFilterDialog(crm::SavedFilterService& filters,
                      const std::optional<crm::SavedFilter>& existing,
                      const crm::ContactFilter& start,
                      QWidget* parent = nullptr);

    //! The name the filter was saved under (after accept()).
    QString savedName() const
    {
        return m_savedName;
    }

private:
    crm::ContactFilter collect() const;
    void save();
    void updateButtons();

    crm::SavedFilterService& m_filters;
    std::optional<crm::SavedFilter> m_existing;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_search = nullptr;
    QLineEdit* m_tags = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QString m_savedName;
};

} // namespace confidant::ui

#include "RecoveryCodeWidget.h"

#include "ui/FieldErrorLabel.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#ifdef CONFIDANT_HAVE_PRINTSUPPORT
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#endif

namespace confidant::ui {

namespace {

// RecoveryCode: a 32-byte key and its checksum in 14 groups of 4.
constexpr int kGroupLength = 4;
constexpr int kGroups = 14;
constexpr int kColumns = 7;

} // namespace

// The strings below moved here from the first-run page and keep its translation context (lupdate reads
// the context only from a literal).
RecoveryCodeWidget::RecoveryCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryCodeWidget"));

    auto* codeFrame = new QFrame(this);
    codeFrame->setObjectName(QStringLiteral("recoveryCode"));
    codeFrame->setFrameShape(QFrame::StyledPanel);
    codeFrame->setBackgroundRole(QPalette::Base);
    codeFrame->setAutoFillBackground(true);
    m_grid = new QGridLayout(codeFrame);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(2);
    // The cells exist from the start, so that the wizard is sized for them; setCode() fills them.
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics bigMetrics(big);
    for (int number = 1; number <= kGroups; ++number) {
        const int row = ((number - 1) / kColumns) * 2;
        const int column = (number - 1) % kColumns;
        auto* index = new QLabel(QString::number(number), codeFrame);
        index->setFont(small);
        index->setEnabled(false);
        index->setAlignment(Qt::AlignCenter);
        // Not selectable: a selection would land in the X11 primary selection, i.e. a clipboard.
        auto* text = new QLabel(codeFrame);
        text->setObjectName(QStringLiteral("group%1").arg(number));
        text->setFont(big);
        text->setTextFormat(Qt::PlainText);
        text->setAlignment(Qt::AlignCenter);
        text->setTextInteractionFlags(Qt::NoTextInteraction);
        text->setContextMenuPolicy(Qt::NoContextMenu);
        text->setMinimumSize(bigMetrics.horizontalAdvance(QStringLiteral("WWWW")), bigMetrics.height());
        m_grid->addWidget(index, row, column);
        m_grid->addWidget(text, row + 1, column);
        m_groupLabels.append(text);
    }

    auto* advice = new QLabel(
        QCoreApplication::translate("confidant::ui::RecoveryCodePage",
                                    "Write it on paper and keep it somewhere safe, away from this computer. Anyone who "
                                    "has this code and a copy of your vault can read it. Do not photograph it or "
                                    "store it in a file."),
        this);
    advice->setWordWrap(true);

    auto* confirmIntro
        = new QLabel(QCoreApplication::translate("confidant::ui::RecoveryCodePage",
                                                 "To check you wrote it down, type these two groups from your copy:"),
                     this);
    confirmIntro->setWordWrap(true);
    auto* confirmForm = new QFormLayout;
    for (int i = 0; i < 2; ++i) {
        auto* label = new QLabel(this);
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("confirmGroup%1").arg(i + 1));
        edit->setMaxLength(kGroupLength + 2);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 8);
        label->setBuddy(edit);
        confirmForm->addRow(label, edit);
        m_confirmLabels.append(label);
        m_confirmEdits.append(edit);
        connect(edit, &QLineEdit::textChanged, this, &RecoveryCodeWidget::updateErrors);
    }
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("confirmError"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(codeFrame);
    layout->addWidget(advice);

#ifdef CONFIDANT_HAVE_PRINTSUPPORT
    m_print = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")),
                              QCoreApplication::translate("confidant::ui::RecoveryCodePage", "&Print…"),
                              this);
    m_print->setObjectName(QStringLiteral("print"));
    connect(m_print, &QPushButton::clicked, this, &RecoveryCodeWidget::print);
    auto* printLine = new QHBoxLayout;
    printLine->addWidget(m_print);
    printLine->addStretch(1);
    layout->addLayout(printLine);
#endif

    layout->addSpacing(8);
    layout->addWidget(confirmIntro);
    layout->addLayout(confirmForm);
    layout->addWidget(m_error);
}

void RecoveryCodeWidget::setCode(storage::SecretBuffer code)
{
    clearCode();
    m_code = std::move(code);
    const int groups = static_cast<int>((m_code.size() + 1) / (kGroupLength + 1));
    Q_ASSERT(groups == kGroups);
    for (int number = 1; number <= kGroups; ++number) {
        m_groupLabels.at(number - 1)->setText(group(number));
    }

    // Two different groups, chosen at random, in reading order.
    const int first = static_cast<int>(QRandomGenerator::global()->bounded(kGroups));
    int second = static_cast<int>(QRandomGenerator::global()->bounded(kGroups - 1));
    if (second >= first) {
        ++second;
    }
    m_confirm = {std::min(first, second) + 1, std::max(first, second) + 1};
    for (int i = 0; i < 2; ++i) {
        m_confirmLabels[i]->setText(
            QCoreApplication::translate("confidant::ui::RecoveryCodePage", "Group &%1:").arg(m_confirm[i]));
    }
    emit confirmationChanged();
}

void RecoveryCodeWidget::clearCode()
{
    for (QLabel* label : std::as_const(m_groupLabels)) {
        label->clear();
    }
    for (QLineEdit* edit : std::as_const(m_confirmEdits)) {
        edit->clear();
    }
    m_code.clear();
    m_confirm.clear();
    m_error->setMessage(QString());
}

QString RecoveryCodeWidget::group(int number) const
{
    const std::size_t start = static_cast<std::size_t>(number - 1) * (kGroupLength + 1);
    if (number < 1 || start + kGroupLength > m_code.size()) {
        return {};
    }
    return QString::fromLatin1(m_code.data() + start, kGroupLength);
}

QString RecoveryCodeWidget::normalise(const QString& typed)
{
    // Same leniency as RecoveryCode::parse: any case, spaces or dashes, O for 0 and I/L for 1.
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('O')) {
            c = QLatin1Char('0');
        } else if (c == QLatin1Char('I') || c == QLatin1Char('L')) {
            c = QLatin1Char('1');
        }
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

bool RecoveryCodeWidget::isConfirmed() const
{
    if (m_code.isEmpty() || m_confirm.size() != 2) {
        return false;
    }
    for (int i = 0; i < 2; ++i) {
        if (normalise(m_confirmEdits[i]->text()) != group(m_confirm[i])) {
            return false;
        }
    }
    return true;
}

void RecoveryCodeWidget::updateErrors()
{
    QStringList wrong;
    for (int i = 0; i < m_confirm.size(); ++i) {
        const QString typed = normalise(m_confirmEdits[i]->text());
        if (typed.size() >= kGroupLength && typed != group(m_confirm[i])) {
            wrong.append(QString::number(m_confirm[i]));
        }
    }
    m_error->setMessage(
        wrong.isEmpty() ? QString()
            : wrong.size() == 1
            ? QCoreApplication::translate("confidant::ui::RecoveryCodePage",
                                          "Group %1 does not match the code above; check your copy.")
                  .arg(wrong[0])
            : QCoreApplication::translate("confidant::ui::RecoveryCodePage",
                                          "Groups %1 and %2 do not match the code above; check your copy.")
                  .arg(wrong[0], wrong[1]));
    emit confirmationChanged();
}

void RecoveryCodeWidget::print()
{
#ifdef CONFIDANT_HAVE_PRINTSUPPORT
    QPrinter printer;
    printer.setDocName(QCoreApplication::translate("confidant::ui::RecoveryCodePage", "Confidant recovery code"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(QCoreApplication::translate("confidant::ui::RecoveryCodePage", "Print the recovery code"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_error->setMessage(QCoreApplication::translate(
            "confidant::ui::RecoveryCodePage", "Could not start printing; write the code down by hand instead."));
        return;
    }
    const QRect page = painter.viewport();
    const int margin = page.width() / 12;
    QFont title = font();
    title.setPointSize(16);
    title.setBold(true);
    QFont body = font();
    body.setPointSize(11);
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setPointSize(18);
    code.setBold(true);

    int y = margin;
    painter.setFont(title);
    painter.drawText(QRect(margin, y, page.width() - 2 * margin, page.height()),
                     Qt::AlignLeft | Qt::TextWordWrap,
                     QCoreApplication::translate("confidant::ui::RecoveryCodePage", "Confidant recovery code"));
    y += painter.fontMetrics().height() * 2;
    painter.setFont(body);
    const QString note = QCoreApplication::translate(
                             "confidant::ui::RecoveryCodePage",
                             "Created %1. Keep this sheet somewhere safe. With it, your vault can be opened on any "
                             "computer; without it, a lost keychain means a lost vault.")
                             .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat));
    const QRect noteRect
        = painter.boundingRect(QRect(margin, y, page.width() - 2 * margin, page.height()), Qt::TextWordWrap, note);
    painter.drawText(noteRect, Qt::TextWordWrap, note);
    y = noteRect.bottom() + painter.fontMetrics().height() * 2;
    painter.setFont(code);
    const int cell = (page.width() - 2 * margin) / kColumns;
    for (int number = 1; number <= kGroups; ++number) {
        const int row = (number - 1) / kColumns;
        const int column = (number - 1) % kColumns;
        const QRect box(margin + column * cell,
                        y + row * painter.fontMetrics().height() * 2,
                        cell,
                        painter.fontMetrics().height() * 2);
        painter.drawText(box, Qt::AlignCenter, group(number));
    }
    painter.end();
#endif
}

} // namespace confidant::ui

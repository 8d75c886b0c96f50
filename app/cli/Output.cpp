#include "Output.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace confidant::cli {

namespace {

void write(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

} // namespace

Output::Output(bool json)
    : m_json(json)
{
}

void Output::line(const QString& text)
{
    write(stdout, text.toUtf8() + '\n');
}

void Output::raw(std::string_view bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void Output::document(const QJsonObject& object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Output::table(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    auto measure = [&widths](const QStringList& row) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    };
    if (!header.isEmpty()) {
        measure(header);
    }
    for (const auto& row : rows) {
        measure(row);
    }
    auto print = [&](const QStringList& row) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i) {
            text += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        }
        while (text.endsWith(QLatin1Char(' '))) {
            text.chop(1);
        }
        line(text);
    };
    if (!header.isEmpty()) {
        print(header);
    }
    for (const auto& row : rows) {
        print(row);
    }
}

void Output::message(const QString& text)
{
    QString folded = text.simplified();
    std::fflush(stdout);
    write(stderr, QByteArrayLiteral("confidant-cli: ") + folded.toUtf8() + '\n');
    std::fflush(stderr);
}

bool Output::finish()
{
    const bool flushed = std::fflush(stdout) == 0;
    return flushed && !std::ferror(stdout);
}

} // namespace confidant::cli

#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace confidant::ui {

//! Runs `work` on a new thread (key derivation takes a noticeable fraction of a second, and the GUI
//! thread never blocks) and hands its result to `done` on `context`'s thread. `done` is skipped when
//! `context` is gone by then. The thread deletes itself; the caller may keep it to wait() for it.
template <typename Work, typename Done>
QThread* runInBackground(QObject* context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work&>;
    auto result = std::make_shared<std::optional<Value>>();
    QThread* thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        if (*result) {
            done(std::move(**result));
            result->reset();
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace confidant::ui

#include "widgets/saveprogress.h"

namespace curator {

SaveProgress::SaveProgress(const QString& label, QWidget* parent)
    : m_dialog(label, tr("Cancel"), 0, 1000, parent)
{
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(500);
}

std::function<bool(qint64, qint64)> SaveProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        m_dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
        return !m_dialog.wasCanceled();
    };
}

bool SaveProgress::finish()
{
    const bool cancelled = m_dialog.wasCanceled();
    m_dialog.reset();
    return cancelled;
}

} // namespace curator

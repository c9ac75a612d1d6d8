#pragma once
// The modal progress of a save that runs on the GUI thread (the writers report back every 65,536
// cells): the callback they take, and afterwards whether the user cancelled.

#include <QCoreApplication>
#include <QProgressDialog>

#include <functional>

namespace curator {

class SaveProgress
{
    Q_DECLARE_TR_FUNCTIONS(curator::SaveProgress)

public:
    SaveProgress(const QString& label, QWidget* parent);

    /** For the writers: shows how far they are and returns false once Cancel was pressed. */
    std::function<bool(qint64 done, qint64 total)> callback();
    /**
     * Closes the dialog; true when the user cancelled. Ask here, not the dialog afterwards:
     * QProgressDialog::reset() clears wasCanceled(), so a cancelled save read as a failed one.
     */
    bool finish();
    QProgressDialog* dialog() { return &m_dialog; }

private:
    QProgressDialog m_dialog;
};

} // namespace curator

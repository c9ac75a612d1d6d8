#pragma once
// Finding a window's actions the way a user reaches them (by shortcut, or by menu and text), and the messages it shows.
#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace curator::test {

/** The action of @p window (or its children) with shortcut @p keys; nullptr when none has it. */
inline QAction* actionWithShortcut(const QWidget& window, const QKeySequence& keys)
{
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcut() == keys)
            return a;
    return nullptr;
}

/** The menu bar's menu titled @p title (with its '&', as written in the source); nullptr when none. */
inline QMenu* menuTitled(const QMainWindow& window, const QString& title)
{
    for (QAction* a : window.menuBar()->actions())
        if (a->menu() && a->menu()->title() == title)
            return a->menu();
    return nullptr;
}

/** The action of @p menu whose text is @p text; nullptr when none. */
inline QAction* actionTexted(const QMenu* menu, const QString& text)
{
    if (menu)
        for (QAction* a : menu->actions())
            if (a->text() == text)
                return a;
    return nullptr;
}

/** The message box shown over @p window whose text contains @p phrase; nullptr when none. */
inline const QMessageBox* shownBoxSaying(const QWidget& window, const QString& phrase)
{
    for (const auto* box : window.findChildren<QMessageBox*>()) {
        if (box->isVisible() && box->text().contains(phrase))
            return box;
    }
    return nullptr;
}

} // namespace curator::test

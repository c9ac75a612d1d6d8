// livecell-curator: the desktop application.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LIVECell Curator"));
    QApplication::setOrganizationName(QStringLiteral("LIVECell Curator"));
    QMainWindow window;
    window.setWindowTitle(QObject::tr("LIVECell Curator"));
    window.setCentralWidget(new QLabel(QObject::tr("LIVECell Curator")));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

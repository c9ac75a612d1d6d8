// Facet filters and search narrow the image browser; sorting uses raw values, not display text.
#include "viewerworkspace.h"

#include "model/imagebrowsermodel.h"
#include "model/imagefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace curator;
using namespace curator::test;

class TestImageFilterProxy : public QObject
{
    Q_OBJECT

    Workspace m_workspace;
    ImageBrowserModel* m_model = nullptr;
    ImageFilterProxy* m_proxy = nullptr;

    QStringList names() const
    {
        QStringList list;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            list << m_proxy->index(r, ImageBrowserModel::NameColumn).data().toString();
        return list;
    }

private slots:
    void init()
    {
        m_workspace.clear();
        fillWorkspace(m_workspace);
        m_model = new ImageBrowserModel(&m_workspace, this);
        m_proxy = new ImageFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy);
    }

    void cleanup()
    {
        delete m_proxy;
        delete m_model;
    }

    void showsEverythingWithoutFilters()
    {
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    void filtersBySet()
    {
        m_proxy->setHiddenSets({1, -1});
        QCOMPARE(names(), (QStringList{kC7T0, kC7T4, kMcf7}));
        m_proxy->setHiddenSets({0, 1});
        QCOMPARE(names(), QStringList{kSkov3});
    }

    void filtersByCellType()
    {
        QSet<CellType> hidden;
        for (int t = 0; t < kCellTypeCount; ++t)
            hidden.insert(CellType(t));
        hidden.remove(CellType::A172);
        m_proxy->setHiddenCellTypes(hidden);
        QCOMPARE(names(), (QStringList{kC7T0, kC7T4, kC7T8}));
    }

    void filtersByWellAndTimePoint()
    {
        m_proxy->setWells({QStringLiteral("C7")});
        QCOMPARE(m_proxy->rowCount(), 3);
        m_proxy->setTimePoints({4 * 60, 8 * 60});
        QCOMPARE(names(), (QStringList{kC7T4, kC7T8}));
        m_proxy->clearFilters();
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    void searchesEveryWordInNameOrSet()
    {
        m_proxy->setSearchText(QStringLiteral("a172 TRAIN"));
        QCOMPARE(names(), QStringList{kC7T8});
        m_proxy->setSearchText(QStringLiteral("phase_e4"));
        QCOMPARE(names(), QStringList{kMcf7});
        m_proxy->setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    void sortsByRawValues()
    {
        m_proxy->sort(ImageBrowserModel::CellsColumn, Qt::DescendingOrder);
        QCOMPARE(names().first(), kBt474);        // 5 cells
        QCOMPARE(names().last(), kSkov3);         // unannotated: no count
        m_proxy->sort(ImageBrowserModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(names().last(), kSkov3);         // 1d 12h after 0d 08h
        m_proxy->sort(ImageBrowserModel::WellColumn, Qt::AscendingOrder);
        QCOMPARE(names().first(), kBt474);        // A10 before C7 and E4
    }
};

QTEST_MAIN(TestImageFilterProxy)
#include "tst_imagefilterproxy.moc"

// The evaluator against a literal, dense port of pycocotools' COCOeval on random small scenes.
#include "evalfixtures.h"
#include "model/eval/evaluator.h"

#include <QtTest>

#include <map>
#include <optional>

using namespace curator;
using test::SceneBuilder;

namespace {

struct Ann
{
    int index = 0;
    qint64 id = 0;
    double area = 0;
    bool crowd = false;
    double score = 0;
    std::vector<quint8> mask;
};

struct EvalImg
{
    std::vector<const Ann*> gt, dt;     // sorted as evaluateImg sorts them
    std::vector<std::vector<double>> dtm, dtIg, gtm;
    std::vector<std::vector<int>> match; // index into gt, -1
    std::vector<int> gtIg;
};

/** computeIoU + evaluateImg + accumulate + summarize, written as in cocoeval.py, on pixels. */
class BruteForce
{
public:
    BruteForce(const AnnotationStore& gt, const AnnotationStore& dt, const EvalParams& p) : m_p(p)
    {
        std::map<qint64, std::pair<int, int>> sizes;
        for (int i = 0; i < gt.imageCount(); ++i)
            sizes[gt.image(i).id] = {gt.image(i).height, gt.image(i).width};
        for (const auto& [id, hw] : sizes)
            m_imgIds.push_back(id);
        for (const Category& c : gt.categories())
            m_catIds.push_back(c.id);
        std::sort(m_catIds.begin(), m_catIds.end());
        collect(gt, sizes, m_gts, false);
        collect(dt, sizes, m_dts, true);
    }

    std::optional<EvalImg> evaluateImg(qint64 img, int k, const AreaRange& r) const;
    EvalArrays accumulate() const;
    int K() const { return m_p.useCats ? int(m_catIds.size()) : 1; }
    const std::vector<qint64>& imgIds() const { return m_imgIds; }

private:
    using Key = std::pair<qint64, qint64>;
    void collect(const AnnotationStore& s, const std::map<qint64, std::pair<int, int>>& sizes,
                 std::map<Key, std::vector<Ann>>& out, bool results)
    {
        for (int a = 0; a < s.annotationCount(); ++a) {
            const auto it = sizes.find(s.annotationImageId(a));
            if (it == sizes.end() || !std::binary_search(m_catIds.begin(), m_catIds.end(), s.categoryId(a)))
                continue;
            Ann x;
            x.index = a;
            x.id = results ? a + 1 : s.annotationId(a);
            x.mask = Rle::fromAnnotation(s, a, it->second.first, it->second.second).toMask();
            const auto box = s.bbox(a);
            x.area = !results ? s.area(a)
                     : m_p.detectionArea == DetectionArea::Box ? box[2] * box[3]
                                                               : double(std::count(x.mask.begin(), x.mask.end(), 1));
            x.crowd = !results && s.isCrowd(a);
            x.score = results ? (std::isnan(s.score(a)) ? 1.0 : s.score(a)) : 0;
            out[{s.annotationImageId(a), s.categoryId(a)}].push_back(std::move(x));
        }
    }
    std::vector<const Ann*> gather(const std::map<Key, std::vector<Ann>>& m, qint64 img, int k) const
    {
        std::vector<const Ann*> out;
        for (std::size_t c = 0; c < m_catIds.size(); ++c) {
            if (m_p.useCats && int(c) != k)
                continue;
            const auto it = m.find({img, m_catIds[c]});
            if (it != m.end())
                for (const Ann& a : it->second)
                    out.push_back(&a);
        }
        return out;
    }
    static double iou(const Ann& d, const Ann& g)
    {
        double i = 0, u = 0, da = 0;
        for (std::size_t p = 0; p < d.mask.size(); ++p) {
            i += d.mask[p] && g.mask[p];
            u += d.mask[p] || g.mask[p];
            da += d.mask[p];
        }
        return i == 0 ? 0.0 : i / (g.crowd ? da : u);
    }
    void match(EvalImg& e) const;

    const EvalParams& m_p;
    std::vector<qint64> m_imgIds, m_catIds;
    std::map<Key, std::vector<Ann>> m_gts, m_dts;
};

std::optional<EvalImg> BruteForce::evaluateImg(qint64 img, int k, const AreaRange& r) const
{
    EvalImg e;
    std::vector<const Ann*> gt = gather(m_gts, img, k), dt = gather(m_dts, img, k);
    if (gt.empty() && dt.empty())
        return std::nullopt;
    std::vector<int> ignore;
    for (const Ann* g : gt)
        ignore.push_back(g->crowd || g->area < r.min || g->area > r.max);
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t g = 0; g < gt.size(); ++g)
            if (ignore[g] == pass)
                e.gt.push_back(gt[g]), e.gtIg.push_back(pass);
    std::stable_sort(dt.begin(), dt.end(), [](const Ann* a, const Ann* b) { return -a->score < -b->score; });
    dt.resize(std::min<std::size_t>(dt.size(), std::size_t(m_p.maxDets.back())));
    e.dt = dt;
    match(e);
    for (std::size_t t = 0; t < e.dtIg.size(); ++t)
        for (std::size_t d = 0; d < dt.size(); ++d)
            if (e.dtm[t][d] == 0 && (dt[d]->area < r.min || dt[d]->area > r.max))
                e.dtIg[t][d] = 1;
    return e;
}

void BruteForce::match(EvalImg& e) const
{
    const std::size_t T = m_p.iouThresholds.size(), G = e.gt.size(), D = e.dt.size();
    e.gtm.assign(T, std::vector<double>(G, 0));
    e.dtm.assign(T, std::vector<double>(D, 0));
    e.dtIg.assign(T, std::vector<double>(D, 0));
    e.match.assign(T, std::vector<int>(D, -1));
    if (G == 0 || D == 0)
        return; // maskUtils.iou returns [] and nothing matches
    for (std::size_t t = 0; t < T; ++t) {
        for (std::size_t d = 0; d < D; ++d) {
            double best = std::min(m_p.iouThresholds[t], 1 - 1e-10);
            int m = -1;
            for (std::size_t g = 0; g < G; ++g) {
                if (e.gtm[t][g] > 0 && !e.gt[g]->crowd)
                    continue;
                if (m > -1 && e.gtIg[std::size_t(m)] == 0 && e.gtIg[g] == 1)
                    break;
                const double v = iou(*e.dt[d], *e.gt[g]);
                if (v < best)
                    continue;
                best = v;
                m = int(g);
            }
            if (m == -1)
                continue;
            e.dtIg[t][d] = e.gtIg[std::size_t(m)];
            e.dtm[t][d] = double(e.gt[std::size_t(m)]->id);
            e.gtm[t][std::size_t(m)] = double(e.dt[d]->id);
            e.match[t][d] = m;
        }
    }
}

EvalArrays BruteForce::accumulate() const
{
    EvalArrays out;
    out.T = int(m_p.iouThresholds.size()), out.R = int(m_p.recallThresholds.size()), out.K = K();
    out.A = int(m_p.areaRanges.size()), out.M = int(m_p.maxDets.size());
    out.precision.assign(std::size_t(out.T * out.R * out.K * out.A * out.M), -1);
    out.recall.assign(std::size_t(out.T * out.K * out.A * out.M), -1);
    for (int k = 0; k < out.K; ++k) {
        for (int a = 0; a < out.A; ++a) {
            std::vector<EvalImg> E;
            for (qint64 img : m_imgIds)
                if (auto e = evaluateImg(img, k, m_p.areaRanges[std::size_t(a)]))
                    E.push_back(std::move(*e));
            for (int m = 0; m < out.M && !E.empty(); ++m) {
                const std::size_t maxDet = std::size_t(m_p.maxDets[std::size_t(m)]);
                struct Col { double score; std::vector<double> dtm, dtIg; };
                std::vector<Col> cols;
                long npig = 0;
                for (const EvalImg& e : E) {
                    for (std::size_t d = 0; d < std::min(maxDet, e.dt.size()); ++d) {
                        Col c{e.dt[d]->score, {}, {}};
                        for (int t = 0; t < out.T; ++t)
                            c.dtm.push_back(e.dtm[std::size_t(t)][d]), c.dtIg.push_back(e.dtIg[std::size_t(t)][d]);
                        cols.push_back(c);
                    }
                    npig += std::count(e.gtIg.begin(), e.gtIg.end(), 0);
                }
                if (npig == 0)
                    continue;
                std::stable_sort(cols.begin(), cols.end(), [](const Col& x, const Col& y) { return -x.score < -y.score; });
                for (int t = 0; t < out.T; ++t) {
                    std::vector<double> rc, pr;
                    double tp = 0, fp = 0;
                    for (const Col& c : cols) {
                        tp += c.dtm[std::size_t(t)] != 0 && !c.dtIg[std::size_t(t)];
                        fp += c.dtm[std::size_t(t)] == 0 && !c.dtIg[std::size_t(t)];
                        rc.push_back(tp / double(npig));
                        pr.push_back(tp / (fp + tp + std::numeric_limits<double>::epsilon()));
                    }
                    out.recall[out.recallIndex(t, k, a, m)] = rc.empty() ? 0 : rc.back();
                    for (std::size_t i = pr.size() - (pr.empty() ? 0 : 1); i > 0; --i)
                        pr[i - 1] = std::max(pr[i - 1], pr[i]);
                    for (int r = 0; r < out.R; ++r) {
                        const auto pi = std::size_t(std::lower_bound(rc.begin(), rc.end(), m_p.recallThresholds[std::size_t(r)]) - rc.begin());
                        out.precision[out.precisionIndex(t, r, k, a, m)] = pi < pr.size() ? pr[pi] : 0;
                    }
                }
            }
        }
    }
    return out;
}

/** Random images with jittered blobs; predictions are perturbed copies plus false positives. */
std::pair<AnnotationStore, AnnotationStore> randomScene(unsigned seed)
{
    std::mt19937 rng(seed);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    SceneBuilder g, p;
    g.category(2);
    g.category(1);
    const int images = 4;
    qint64 nextId = (seed % 3 == 0) ? 0 : 1; // some scenes have a cell with id 0 (pycocotools quirk)
    for (int i = 0; i < images; ++i) {
        const qint64 imageId = 1000 + qint64(seed % 7) * 10 - i * 3;
        const int w = i == 1 ? 48 : 64, h = i == 1 ? 64 : 48;
        g.image(imageId, w, h);
        const int cells = i == 2 ? 0 : int(rng() % 22);
        for (int c = 0; c < cells; ++c) {
            const double cx = uniform(0, w), cy = uniform(0, h), r = uniform(2, 22);
            const qint64 cat = 1 + qint64(rng() % 2);
            const auto ring = test::blob(cx, cy, r, 10, rng);
            const bool crowd = rng() % 12 == 0;
            g.polygon(nextId++, imageId, ring, SceneBuilder::kNoScore, crowd, cat, rng() % 5 == 0 ? uniform(0, 1500) : -1);
            if (i == 3 || rng() % 5 == 0)
                continue;
            const auto copy = test::blob(cx + uniform(-2, 2), cy + uniform(-2, 2), r * uniform(0.8, 1.2), 10, rng);
            const double score = std::round(uniform(0, 1) * 10) / 10; // ties
            const qint64 dtCat = rng() % 10 == 0 ? 3 - cat : cat;
            if (rng() % 5 == 0)
                p.polygon(0, imageId, copy, score, false, dtCat);
            else
                p.rle(0, imageId, Rle::fromPolygon(copy, h, w), score, false, dtCat);
        }
        for (int f = 0; i != 3 && f < int(rng() % 8); ++f)
            p.rle(0, imageId, Rle::fromPolygon(test::blob(uniform(0, w), uniform(0, h), uniform(2, 12), 8, rng), h, w),
                  std::round(uniform(0, 1) * 10) / 10, false, 1 + qint64(rng() % 2));
    }
    p.rle(0, 424242, Rle::fromPolygon(test::rectangle(0, 0, 5, 5), 48, 64), 0.5); // unknown image
    return {g.take(), p.take()};
}

EvalParams paramsVariant(int v)
{
    EvalParams p = (v % 2 == 0) ? EvalParams::livecell() : EvalParams::coco();
    if (v >= 2)
        p.setMaxDets(v % 2 == 0 ? std::vector<int>{3, 10, 20} : std::vector<int>{1, 5, 12});
    p.detectionArea = v >= 4 ? DetectionArea::Box : DetectionArea::Mask;
    if (v >= 4)
        p.setMaxDets(std::vector<int>{2, 7, 9});
    return p;
}

} // namespace

class TestEvalBruteForce : public QObject
{
    Q_OBJECT
private slots:
    void matchesDenseCocoEval_data();
    void matchesDenseCocoEval();
};

void TestEvalBruteForce::matchesDenseCocoEval_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("variant");
    for (unsigned seed = 1; seed <= 24; ++seed)
        for (int v = 0; v < 6; ++v)
            QTest::addRow("seed %u variant %d", seed, v) << seed << v;
}

void TestEvalBruteForce::matchesDenseCocoEval()
{
    QFETCH(unsigned, seed);
    QFETCH(int, variant);
    const auto [gt, dt] = randomScene(seed);
    const EvalParams params = paramsVariant(variant);
    Evaluator::Options o;
    o.params = params;
    const EvalResult r = *Evaluator::evaluate(gt, dt, o);
    const BruteForce bf(gt, dt, params);
    const EvalArrays expected = bf.accumulate();
    QCOMPARE(r.arrays.precision, expected.precision);
    QCOMPARE(r.arrays.recall, expected.recall);
    QCOMPARE(r.findings.unknownImagePredictions, 1);

    // Per-image matching at 0.50 and 0.75 in the "all" range, against the literal loop.
    QCOMPARE(r.images.size(), bf.imgIds().size());
    for (std::size_t i = 0; i < r.images.size(); ++i) {
        for (int t : {0, 5}) {
            std::vector<std::pair<int, int>> tp;
            std::vector<int> fp, fn;
            for (int k = 0; k < bf.K(); ++k) {
                const auto e = bf.evaluateImg(bf.imgIds()[i], k, params.areaRanges[0]);
                if (!e)
                    continue;
                for (std::size_t d = 0; d < e->dt.size(); ++d) {
                    const int m = e->match[std::size_t(t)][d];
                    if (m < 0)
                        fp.push_back(e->dt[d]->index);
                    else if (!e->gtIg[std::size_t(m)])
                        tp.emplace_back(e->dt[d]->index, e->gt[std::size_t(m)]->index);
                }
                for (std::size_t g = 0; g < e->gt.size(); ++g)
                    if (!e->gtIg[g] && e->gtm[std::size_t(t)][g] == 0)
                        fn.push_back(e->gt[g]->index);
            }
            const ImageMatches& got = t == 0 ? r.images[i].at50 : r.images[i].at75;
            std::vector<std::pair<int, int>> gotTp;
            for (const auto& m : got.truePositives)
                gotTp.emplace_back(m.prediction, m.groundTruth);
            QCOMPARE(gotTp, tp);
            QCOMPARE(got.falsePositives, fp);
            QCOMPARE(got.falseNegatives, fn);
        }
    }
}

QTEST_GUILESS_MAIN(TestEvalBruteForce)
#include "tst_evalbruteforce.moc"

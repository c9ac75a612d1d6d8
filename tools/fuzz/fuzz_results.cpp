// libFuzzer target: a detectron2 results file evaluated against a small fixed ground truth.
#include "tools/fuzz/fuzztarget.h"
#include "model/eval/evaluator.h"
#include "model/io/cocoreader.h"


using namespace curator;

namespace {
const AnnotationSet& groundTruth()
{
    static const std::unique_ptr<AnnotationSet> gt = [] {
        QString error;
        auto set = CocoReader::readBytes(R"({"images": [{"id": 1, "width": 32, "height": 24, "file_name": "A172_Phase_C7_1_00d00h00m_1.tif"}],
            "annotations": [{"id": 2, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 9, 1, 9, 9, 1, 9]], "area": 64, "bbox": [1, 1, 8, 8], "iscrowd": 0},
                            {"id": 3, "image_id": 1, "category_id": 1, "segmentation": [[10, 10, 20, 10, 20, 20]], "area": 50, "bbox": [10, 10, 10, 10], "iscrowd": 1}],
            "categories": [{"id": 1, "name": "cell"}]})", QStringLiteral("gt.json"), &error);
        CURATOR_FUZZ_REQUIRE(set);
        return set;
    }();
    return *gt;
}
} // namespace

CURATOR_FUZZ_TARGET(results)
{
    QString error;
    auto results = CocoReader::readBytes(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                         QStringLiteral("results.json"), &error);
    if (!results)
        return 0;
    Evaluator::Options options;
    options.threads = 1;
    const auto r = Evaluator::evaluate(groundTruth().store, results->store, options, &error);
    CURATOR_FUZZ_REQUIRE(r); // only cancellation may fail
    return 0;
}

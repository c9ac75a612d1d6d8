#pragma once

#include <QString>

namespace curator {

/**
 * The real LIVECell sample bundled with the application (resources/sample: images.zip and
 * annotations/LIVECell/livecell_coco_val.json, CC BY-NC 4.0). It is compiled in as a Qt resource
 * and extracted once into the cache folder, because the readers map and index real files.
 */
class SampleDataset
{
public:
    /** The extracted distribution folder, extracting it first if needed; empty and @p error on failure. */
    static QString location(QString* error = nullptr);
    /** Where location() puts the sample, without extracting anything. */
    static QString root();
    /** Short attribution for About boxes (rich text, translated). */
    static QString attribution();
};

} // namespace curator

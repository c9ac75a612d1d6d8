# ctest's shared_data test (the setup of the fixture every test requires): most tests read the real
# LIVECell files and reference results in the project's shared/ folder. Without it they would fail
# one by one, some by crashing on an empty fixture, so ctest runs none of them and says why here.
foreach(path realdata/livecell/oasisartisan_1pct_subset/dataset/livecell_coco_val.json reference/eval/real_val_gt.json)
  if(NOT EXISTS "${SHARED}/${path}")
    message(FATAL_ERROR "The tests need the project's shared/ folder (real LIVECell data): "
                        "${SHARED}/${path} does not exist. Clone the project beside its shared/ folder, "
                        "or configure with -DCURATOR_SHARED_DIR=/path/to/shared.")
  endif()
endforeach()
message(STATUS "shared/ data found in ${SHARED}")

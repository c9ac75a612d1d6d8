# ctest's shared_data fixture. Most tests read the real LIVECell files and reference results in the
# project's shared/ folder; none may write there (a journal or review file left beside the real
# annotations would change what the next run, or another project, reads).
#
#   -DSHARED=DIR -DMANIFEST=FILE -DMODE=record   setup: shared/ must exist; records every file's hash
#   -DSHARED=DIR -DMANIFEST=FILE -DMODE=compare  cleanup: fails naming each file added, changed or removed
#
# Without shared/ the tests would fail one by one, some by crashing on an empty fixture, so ctest runs
# none of them and says why here.
cmake_minimum_required(VERSION 3.25)

function(list_shared out)
  file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${SHARED}" "${SHARED}/*")
  list(SORT files)
  set(lines "")
  foreach(f ${files})
    file(SHA1 "${SHARED}/${f}" hash)
    list(APPEND lines "${hash} ${f}")
  endforeach()
  set(${out} "${lines}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "compare")
  if(NOT EXISTS "${MANIFEST}")
    message(FATAL_ERROR "${MANIFEST} does not exist: the shared_data setup did not run")
  endif()
  file(STRINGS "${MANIFEST}" before)
  list_shared(after)
  # Names compared as strings, never as regular expressions (a file name may hold any character).
  foreach(side before after)
    set(${side}_names "")
    foreach(line ${${side}})
      string(SUBSTRING "${line}" 41 -1 name)
      list(APPEND ${side}_names "${name}")
    endforeach()
  endforeach()
  set(problems "")
  foreach(line ${after})
    if(NOT line IN_LIST before)
      string(SUBSTRING "${line}" 41 -1 name)
      if(name IN_LIST before_names)
        list(APPEND problems "  ${name} (changed)")
      else()
        list(APPEND problems "  ${name} (added)")
      endif()
    endif()
  endforeach()
  foreach(name ${before_names})
    if(NOT name IN_LIST after_names)
      list(APPEND problems "  ${name} (removed)")
    endif()
  endforeach()
  if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "Tests changed the project's shared/ folder ${SHARED} (tests must write into "
                        "temporary folders only):\n${text}")
  endif()
  message(STATUS "shared/ unchanged by the tests")
  return()
endif()

foreach(path realdata/livecell/oasisartisan_1pct_subset/dataset/livecell_coco_val.json reference/eval/real_val_gt.json)
  if(NOT EXISTS "${SHARED}/${path}")
    message(FATAL_ERROR "The tests need the project's shared/ folder (real LIVECell data): "
                        "${SHARED}/${path} does not exist. Clone the project beside its shared/ folder, "
                        "or configure with -DCURATOR_SHARED_DIR=/path/to/shared.")
  endif()
endforeach()
list_shared(lines)
list(JOIN lines "\n" text)
file(WRITE "${MANIFEST}" "${text}\n")
message(STATUS "shared/ data found in ${SHARED}")

# The consumer program of both consumer projects: header-only, or with -DCONSUMER_COMPILED=ON through
# <wirecopy/compiled.hpp> and wirecopy::compiled.
option(CONSUMER_COMPILED "Link wirecopy::compiled instead of compiling the grammars" OFF)
add_executable(consumer ${CMAKE_CURRENT_LIST_DIR}/consumer.cpp)
if(CONSUMER_COMPILED)
    target_link_libraries(consumer PRIVATE wirecopy::compiled)
    target_compile_definitions(consumer PRIVATE CONSUMER_COMPILED)
else()
    target_link_libraries(consumer PRIVATE wirecopy::wirecopy)
endif()

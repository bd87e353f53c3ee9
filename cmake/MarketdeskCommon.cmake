# One INTERFACE target carries what every Marketdesk target shares: the standard, warnings and Qt's strictness
# switches. Every library, the app and the tests link it.

option(MARKETDESK_WERROR "Treat compiler warnings as errors (on in CI)" OFF)
option(MARKETDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(MARKETDESK_FORCE_ASSERTS "Keep Q_ASSERT in release builds (on in CI)" OFF)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(marketdesk_common INTERFACE)
add_library(Marketdesk::common ALIAS marketdesk_common)

target_compile_features(marketdesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(marketdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    MARKETDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(marketdesk_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual -Wformat=2)
    if(MARKETDESK_WERROR)
        target_compile_options(marketdesk_common INTERFACE -Werror)
    endif()
    if(MARKETDESK_SANITIZE)
        target_compile_options(marketdesk_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(marketdesk_common INTERFACE -fsanitize=address,undefined)
    endif()
endif()

if(MARKETDESK_FORCE_ASSERTS)
    target_compile_definitions(marketdesk_common INTERFACE QT_FORCE_ASSERTS)
endif()

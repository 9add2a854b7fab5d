# SPDX-FileCopyrightText: 2026 The Breakwater developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Desktop integration, the man page and the CPack configuration for a Debian 12 .deb and a
# .tar.gz. Included last from the top-level CMakeLists.txt, so every target already exists.
# The breakwater binary's own install rule lives in app/CMakeLists.txt.
#   cmake --build build && cpack --config build/CPackConfig.cmake    (or scripts/package.sh)

include(GNUInstallDirs)

set(BREAKWATER_APP_ID io.github.breakwater.Breakwater)
set(BREAKWATER_PACKAGE_MAINTAINER "The Breakwater developers <dev@breakwater.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(installer_source_dir ${CMAKE_CURRENT_LIST_DIR})
set(installer_binary_dir ${PROJECT_BINARY_DIR}/installer)
set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/breakwater.svg)
set(icon_dir ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

install(FILES ${installer_source_dir}/${BREAKWATER_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${installer_source_dir}/${BREAKWATER_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${icon_svg} DESTINATION ${icon_dir}/scalable/apps RENAME ${BREAKWATER_APP_ID}.svg)
# CMAKE_INSTALL_DOCDIR would use the project name, "Breakwater"; Debian wants the package name.
install(FILES ${installer_source_dir}/copyright ${PROJECT_SOURCE_DIR}/README.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/breakwater)

# The PNG sizes are rendered from the SVG rather than committed, so they cannot drift apart.
# Without rsvg-convert the packages still carry the SVG, which every current desktop reads;
# tst_installer's package check fails in that case, so CI notices.
find_program(BREAKWATER_RSVG_CONVERT rsvg-convert)
if(BREAKWATER_RSVG_CONVERT)
    set(icon_pngs "")
    foreach(size IN ITEMS 16 32 48 64 128 256)
        set(png ${installer_binary_dir}/icons/${size}x${size}/${BREAKWATER_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${installer_binary_dir}/icons/${size}x${size}
            COMMAND ${BREAKWATER_RSVG_CONVERT} --width ${size} --height ${size}
                    --output ${png} ${icon_svg}
            DEPENDS ${icon_svg}
            COMMENT "Rendering the ${size}x${size} application icon"
            VERBATIM)
        install(FILES ${png} DESTINATION ${icon_dir}/${size}x${size}/apps)
        list(APPEND icon_pngs ${png})
    endforeach()
    add_custom_target(breakwater_icons ALL DEPENDS ${icon_pngs})
else()
    message(WARNING "rsvg-convert (Debian package librsvg2-bin) was not found: the packages "
                    "will carry the SVG icon only, without the PNG sizes.")
endif()

# Debian installs man pages compressed; -n keeps the timestamp out so rebuilds are identical.
set(man_page ${installer_binary_dir}/breakwater.1)
add_custom_command(OUTPUT ${man_page}.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${installer_source_dir}/breakwater.1 ${man_page}
    COMMAND gzip -9nf ${man_page}
    DEPENDS ${installer_source_dir}/breakwater.1
    VERBATIM)
add_custom_target(breakwater_man_page ALL DEPENDS ${man_page}.gz)
install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_NAME breakwater)
set(CPACK_PACKAGE_VENDOR "The Breakwater developers")
set(CPACK_PACKAGE_CONTACT "${BREAKWATER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Breakwater polls HTTP APIs through retries with backoff, Retry-After pauses, an adaptive "
    "rate limiter and a circuit breaker per endpoint, and charts latency, 429 answers, breaker "
    "state and queue depth live. A headless mode prints a status table and writes one CSV row "
    "per attempt.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps (dpkg-dev) finds the libraries the binary links; CPack appends them below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because Qt loads it at run time:
#  - qt6-qpa-plugins holds the xcb and wayland platform plugins; libqt6gui6 only recommends it.
#  - qt6-translations-l10n holds qtbase_de.qm and qtbase_fr.qm for Qt's own texts.
#  - libqt6sql6-sqlite holds the QSQLITE driver, which Qt Sql loads by name; only needed when
#    a target links Qt Sql, which is checked here so the two cannot drift apart.
# The TLS backend for https endpoints is part of libqt6network6 on Debian 12 (which depends on
# libssl3), and shlibdeps already lists that package.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
foreach(target IN ITEMS breakwater breakwater_ui breakwater_engine)
    get_target_property(target_links ${target} LINK_LIBRARIES)
    if(target_links MATCHES "Qt6?::Sql")
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libqt6sql6-sqlite")
        break()
    endif()
endforeach()

include(CPack)

# The glob in tests/CMakeLists.txt registers tst_installer with its quick checks; this second
# registration runs its slow package check, which packs, unpacks and runs the .deb.
if(BREAKWATER_BUILD_TESTS AND TARGET tst_installer)
    add_test(NAME tst_installer_package
        COMMAND $<TARGET_FILE:tst_installer> debianPackageInstallsAndRuns)
    set(package_check_environment
        BREAKWATER_PACKAGE_CHECK=1
        BREAKWATER_BINARY=$<TARGET_FILE:breakwater>
        BREAKWATER_CPACK=${CMAKE_CPACK_COMMAND}
        BREAKWATER_CPACK_CONFIG=${PROJECT_BINARY_DIR}/CPackConfig.cmake)
    set_tests_properties(tst_installer_package PROPERTIES
        LABELS installer
        TIMEOUT 600
        ENVIRONMENT "${package_check_environment}")
endif()

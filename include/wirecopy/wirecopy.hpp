// wirecopy — annotates raw press-wire copy as a typed document of byte-exact spans.
//
//   #include <wirecopy/wirecopy.hpp>
//   wirecopy::document doc = wirecopy::parse(text);    // typed model
//   wirecopy::annotate(text, handler);                 // events, no allocation
#pragma once

#include <wirecopy/annotate.hpp>
#include <wirecopy/document.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/named.hpp>
#include <wirecopy/options.hpp>
#include <wirecopy/parse.hpp>
#include <wirecopy/styles.hpp>
#include <wirecopy/version.hpp>

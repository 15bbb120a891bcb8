// A source file held in memory with a NUL appended; line and column are derived on demand.
#pragma once
#include "common/span.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coil {

struct LineColumn {
    uint32_t line;   // 1-based
    uint32_t column; // 0-based byte offset within the line
};

class SourceFile {
public:
    SourceFile(std::string name, std::string text);

    // Reads a whole file; nullopt when it cannot be opened.
    static std::optional<SourceFile> read(const std::string& path);

    const std::string& name() const { return name_; }
    // The text, without the trailing NUL that data() guarantees.
    std::string_view text() const { return {text_.data(), text_.size()}; }
    const char* data() const { return text_.c_str(); }
    uint32_t size() const { return static_cast<uint32_t>(text_.size()); }

    // After decoding a PEP 263 encoding to UTF-8: spans then refer to the new text.
    void replace_text(std::string text) {
        text_ = std::move(text);
        line_starts_.clear();
    }

    LineColumn locate(uint32_t offset) const;
    // The text of a 1-based line without its line terminator.
    std::string_view line_text(uint32_t line) const;
    uint32_t line_count() const;
    uint32_t line_start(uint32_t line) const;

private:
    void index_lines() const;

    std::string name_;
    std::string text_;
    mutable std::vector<uint32_t> line_starts_;
};

} // namespace coil

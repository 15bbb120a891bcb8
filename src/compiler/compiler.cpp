// The bytecode compiler: one compile function per AST node kind, after CPython 3.11's
// Python/compile.c, emitting through a CodeBuilder with abstract labels.
#include "compiler/compiler.hpp"

#include "compiler/annotation_text.hpp"
#include "compiler/code_builder.hpp"
#include "compiler/pattern_rules.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace coil::compiler {

namespace {

using namespace coil::ast;

// The frame blocks of compile.c: what `break`, `continue` and `return` must unwind.
enum class BlockKind : uint8_t {
    WhileLoop,
    ForLoop,          // the iterator is on the stack
    TryExcept,        // the try body of try/except
    FinallyTry,       // the try body of try/finally: the final body runs on the way out
    FinallyEnd,       // the final body on the exception path: [prev_exc, exc] on the stack
    ExceptionHandler, // matching except clauses: [prev_exc, exc] on the stack
    HandlerCleanup,   // an except body: [prev_exc] on the stack, maybe a name to clear
    With,             // a `with` body: the bound __exit__ on the stack
    AsyncWith,        // an `async with` body: the bound __aexit__ on the stack
    PopValue,         // a return value kept on the stack while a final body runs
};

struct FBlock {
    BlockKind kind;
    Label start;                 // loops: where `continue` goes
    Label exit;                  // loops: where `break` goes
    int32_t outer_handler;       // the handler current once this block is left
    const Seq<Stmt*>* finalbody; // FinallyTry
    std::string_view name;       // HandlerCleanup: the `as` name, empty if none
    Span site{};                 // With, AsyncWith: the statement, where __exit__ is called from
};

// CPython's limit on statically nested blocks (CO_MAXBLOCKS).
constexpr size_t max_blocks = 20;

// How a name is reached from the code being compiled.
enum class Access : uint8_t { Fast, Deref, Global, Name };

struct Unit {
    CodeUnit* out;
    const Scope* scope;
    CodeBuilder b;
    std::vector<FBlock> fblocks;
    std::unordered_map<std::string_view, uint32_t> fast_index;
    std::unordered_map<std::string_view, uint32_t> cell_index; // cellvars, then freevars
};

class Compiler {
public:
    Compiler(const SymbolTable& symtable, std::shared_ptr<const SourceFile> source)
        : symtable_(symtable), source_(std::move(source)) {}

    CompileResult run(const Module& module) {
        auto code = std::make_unique<CodeUnit>();
        code->name = "<module>";
        code->qualname = "<module>";
        code->source = source_;
        code->first_line = 1;
        Unit unit = make_unit(*code, symtable_.module());
        u_ = &unit;
        Span end{source_->size(), source_->size()};
        if (module.kind == ModuleKind::Expression) {
            // eval(): the code returns the expression's value.
            compile_expr(module.expression);
            emit(Op::RETURN_VALUE, module.expression->span);
        } else {
            compile_namespace_body(module.body);
            if (!module.body.empty()) end = module.body[module.body.size - 1]->span;
            emit_const(std::monostate{}, end);
            emit(Op::RETURN_VALUE, end);
        }
        if (error_) return CompileResult{nullptr, error_};
        unit.b.assemble(*code);
        return CompileResult{std::move(code), std::nullopt};
    }

private:
    // ---- emission helpers -------------------------------------------------------------------

    void emit(Op op, uint32_t arg, Span pos) { u_->b.emit(op, arg, pos); }
    void emit(Op op, Span pos) { u_->b.emit(op, 0, pos); }
    void emit_const(const coil::Constant& c, Span pos) {
        emit(Op::LOAD_CONST, u_->b.add_const(c), pos);
    }
    // Jumps backward through JUMP_BACKWARD (the loop safepoint), forward otherwise.
    void emit_goto(Label target, Span pos) {
        u_->b.emit_jump(u_->b.is_bound(target) ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD, target, pos);
    }
    void jump(Op op, Label target, Span pos) { u_->b.emit_jump(op, target, pos); }
    Label label() { return u_->b.new_label(); }
    void bind(Label l) { u_->b.bind(l); }

    void unsupported(Span span, const char* what) {
        fail(span, std::string("coil does not support ") + what + " yet");
    }
    void fail(Span span, std::string message) {
        if (!error_)
            error_ = SyntaxDiagnostic{SyntaxErrorKind::SyntaxError, std::move(message), span};
    }

    Unit make_unit(CodeUnit& out, const Scope* scope) {
        Unit unit{&out, scope, {}, {}, {}, {}};
        for (auto v : scope->varnames) {
            unit.fast_index.emplace(v, static_cast<uint32_t>(out.varnames.size()));
            out.varnames.emplace_back(v);
        }
        for (auto v : scope->cellvars) {
            unit.cell_index.emplace(v, static_cast<uint32_t>(out.cellvars.size()));
            out.cellvars.emplace_back(v);
        }
        for (auto v : scope->freevars) {
            unit.cell_index.emplace(
                v, static_cast<uint32_t>(out.cellvars.size() + out.freevars.size()));
            out.freevars.emplace_back(v);
        }
        return unit;
    }

    uint32_t line_of(Span span) const { return source_->locate(span.begin).line; }

    static const ast::Constant* docstring(const Seq<Stmt*>& body) {
        if (body.empty()) return nullptr;
        auto* s = body[0]->as<ExprStmt>();
        if (!s) return nullptr;
        auto* c = s->value->as<ast::Constant>();
        return c && c->value_kind == ConstantKind::Str ? c : nullptr;
    }

    // ---- frame blocks -----------------------------------------------------------------------

    // RAII: a frame block lives exactly as long as the compile function that pushed it.
    class BlockScope {
    public:
        BlockScope(Compiler& c, FBlock block) : c_(c) {
            if (c_.u_->fblocks.size() >= max_blocks) {
                c_.fail(Span{}, "too many statically nested blocks");
            }
            c_.u_->fblocks.push_back(block);
        }
        ~BlockScope() { c_.u_->fblocks.pop_back(); }
        BlockScope(const BlockScope&) = delete;
        BlockScope& operator=(const BlockScope&) = delete;

    private:
        Compiler& c_;
    };

    // RAII: code emitted while unwinding for break/continue/return leaves the enclosing try
    // regions; the code after the jump is back inside them.
    class HandlerRestore {
    public:
        explicit HandlerRestore(Compiler& c) : c_(c), saved_(c.u_->b.current_handler()) {}
        ~HandlerRestore() { c_.u_->b.set_current_handler(saved_); }
        HandlerRestore(const HandlerRestore&) = delete;
        HandlerRestore& operator=(const HandlerRestore&) = delete;

    private:
        Compiler& c_;
        int32_t saved_;
    };

    // compile.c's compiler_unwind_fblock: the code that leaves `block` early.
    void unwind_block(const FBlock& block, bool preserve_tos, Span pos) {
        switch (block.kind) {
        case BlockKind::WhileLoop:
        case BlockKind::ExceptionHandler:
            return;
        case BlockKind::ForLoop:
            if (preserve_tos) emit(Op::SWAP, 2, pos);
            emit(Op::POP_ITER, pos);
            return;
        case BlockKind::TryExcept:
            u_->b.set_current_handler(block.outer_handler);
            return;
        case BlockKind::FinallyTry: {
            u_->b.set_current_handler(block.outer_handler);
            if (preserve_tos) {
                BlockScope value(
                    *this, FBlock{BlockKind::PopValue, {}, {}, block.outer_handler, nullptr, {}});
                compile_body(*block.finalbody);
            } else {
                compile_body(*block.finalbody);
            }
            return;
        }
        case BlockKind::FinallyEnd:
            if (preserve_tos) emit(Op::SWAP, 2, pos);
            emit(Op::POP_TOP, pos); // the exception
            if (preserve_tos) emit(Op::SWAP, 2, pos);
            u_->b.set_current_handler(block.outer_handler);
            emit(Op::POP_EXCEPT, pos);
            return;
        case BlockKind::HandlerCleanup:
            if (preserve_tos) emit(Op::SWAP, 2, pos);
            u_->b.set_current_handler(block.outer_handler);
            emit(Op::POP_EXCEPT, pos);
            if (!block.name.empty()) {
                emit_const(std::monostate{}, pos);
                name_op(block.name, ExprContext::Store, pos);
                name_op(block.name, ExprContext::Del, pos);
            }
            return;
        case BlockKind::PopValue:
            if (preserve_tos) emit(Op::SWAP, 2, pos);
            emit(Op::POP_TOP, pos);
            return;
        case BlockKind::With:
        case BlockKind::AsyncWith:
            u_->b.set_current_handler(block.outer_handler);
            if (preserve_tos) emit(Op::SWAP, 2, block.site);
            call_exit_with_nones(block.site);
            if (block.kind == BlockKind::AsyncWith) await_exit_result(block.site);
            emit(Op::POP_TOP, block.site);
            return;
        }
    }

    // compile.c's compiler_unwind_fblock_stack: unwinds every block up to the innermost loop
    // (when `loop` is given) or all of them. The block being unwound is hidden meanwhile, so a
    // `return` in a final body does not run that final body again.
    void unwind_blocks(bool preserve_tos, Span pos, FBlock* loop) {
        std::vector<FBlock>& blocks = u_->fblocks;
        if (blocks.empty()) return;
        FBlock top = blocks.back();
        if (loop && (top.kind == BlockKind::WhileLoop || top.kind == BlockKind::ForLoop)) {
            *loop = top;
            return;
        }
        blocks.pop_back();
        unwind_block(top, preserve_tos, pos);
        unwind_blocks(preserve_tos, pos, loop);
        blocks.push_back(top);
    }

    // ---- names ------------------------------------------------------------------------------

    bool optimized() const {
        ScopeKind k = u_->scope->kind;
        return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
    }

    void name_op(std::string_view id, ExprContext ctx, Span pos) {
        const std::string mangled = mangle(u_->scope->private_name, id);
        const Symbol* sym = u_->scope->lookup(mangled);
        Binding binding = sym ? sym->binding : Binding::GlobalImplicit;
        Access access = Access::Name;
        switch (binding) {
        case Binding::Free:
        case Binding::Cell:
            access = Access::Deref;
            break;
        case Binding::Local:
            access = optimized() ? Access::Fast : Access::Name;
            break;
        case Binding::GlobalExplicit:
            access = Access::Global;
            break;
        case Binding::GlobalImplicit:
            access = optimized() ? Access::Global : Access::Name;
            break;
        }
        if (access == Access::Fast && !u_->fast_index.count(mangled)) access = Access::Global;
        if (access == Access::Deref && !u_->cell_index.count(mangled)) access = Access::Name;
        static constexpr Op ops[4][3] = {
            {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST},
            {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF},
            {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL},
            {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME},
        };
        Op op = ops[static_cast<int>(access)][static_cast<int>(ctx)];
        // compile.c: a class body reads the free variables of enclosing functions through its
        // namespace first.
        if (op == Op::LOAD_DEREF && u_->scope->kind == ScopeKind::Class) op = Op::LOAD_CLASSDEREF;
        uint32_t arg = 0;
        switch (access) {
        case Access::Fast:
            arg = u_->fast_index.at(mangled);
            break;
        case Access::Deref:
            arg = u_->cell_index.at(mangled);
            break;
        case Access::Global:
        case Access::Name:
            arg = u_->b.add_name(mangled);
            break;
        }
        emit(op, arg, pos);
    }

    // ---- statements -------------------------------------------------------------------------

    void compile_body(const Seq<Stmt*>& body) {
        for (Stmt* s : body) {
            if (error_) return;
            compile_stmt(s);
        }
    }

    void compile_stmt(const Stmt* s) {
        DepthGuard guard(*this, s->span);
        if (error_) return;
        switch (s->kind) {
        case StmtKind::FunctionDef:
            return compile_function_def(s->as<FunctionDef>());
        case StmtKind::Return:
            return compile_return(s->as<Return>());
        case StmtKind::Delete:
            for (Expr* t : s->as<Delete>()->targets) compile_delete(t);
            return;
        case StmtKind::Assign:
            return compile_assign(s->as<Assign>());
        case StmtKind::AugAssign:
            return compile_aug_assign(s->as<AugAssign>());
        case StmtKind::AnnAssign:
            return compile_ann_assign(s->as<AnnAssign>());
        case StmtKind::For:
            return compile_for(s->as<For>());
        case StmtKind::While:
            return compile_while(s->as<While>());
        case StmtKind::If:
            return compile_if(s->as<If>());
        case StmtKind::Raise:
            return compile_raise(s->as<Raise>());
        case StmtKind::Try:
            return compile_try(s->as<Try>());
        case StmtKind::Assert:
            return compile_assert(s->as<Assert>());
        case StmtKind::Global:
        case StmtKind::Nonlocal:
            return; // the symbol table already applied them
        case StmtKind::ExprStmt: {
            const Expr* value = s->as<ExprStmt>()->value;
            compile_expr(value);
            // Argument 1: the discarded value is a call's fresh result (never-awaited warning).
            emit(Op::POP_TOP, value->kind == ExprKind::Call ? 1 : 0, s->span);
            return;
        }
        case StmtKind::Pass:
            return;
        case StmtKind::Break:
            return compile_break(s);
        case StmtKind::Continue:
            return compile_continue(s);
        case StmtKind::AsyncFunctionDef:
            return compile_function_def(s->as<FunctionDef>());
        case StmtKind::ClassDef:
            return compile_class_def(s->as<ClassDef>());
        case StmtKind::AsyncFor:
            return compile_async_for(s->as<For>());
        case StmtKind::With:
        case StmtKind::AsyncWith:
            return compile_with(s->as<With>(), 0);
        case StmtKind::TryStar:
            return compile_try(s->as<Try>());
        case StmtKind::Import:
            return compile_import(s->as<Import>());
        case StmtKind::ImportFrom:
            return compile_import_from(s->as<ImportFrom>());
        case StmtKind::Match:
            return compile_match(s->as<Match>());
        }
    }

    // Pushes the defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags.
    uint32_t compile_defaults(const Arguments* args, Span pos) {
        uint32_t flags = 0;
        if (!args->defaults.empty()) {
            for (Expr* d : args->defaults) compile_expr(d);
            emit(Op::BUILD_TUPLE, args->defaults.size, pos);
            flags |= 1;
        }
        uint32_t kw = 0;
        for (uint32_t i = 0; i < args->kwonlyargs.size; ++i) {
            if (Expr* d = args->kw_defaults[i]) {
                emit_const(std::string(mangle(u_->scope->private_name, args->kwonlyargs[i]->arg)),
                           pos);
                compile_expr(d);
                ++kw;
            }
        }
        if (kw) {
            emit(Op::BUILD_MAP, kw, pos);
            flags |= 2;
        }
        return flags;
    }

    // Compiles a function-like scope's body into a child CodeUnit; returns its index.
    uint32_t compile_function_code(const void* node, std::string_view name, const Seq<Stmt*>* body,
                                   Expr* lambda_body, Span def_span) {
        const Scope* scope = symtable_.scope_of(node);
        auto child = std::make_unique<CodeUnit>();
        child->name = std::string(name);
        child->qualname = scope->qualname;
        child->source = source_;
        child->first_line = line_of(def_span);
        child->flags = CodeOptimized | CodeNewLocals;
        if (u_->scope->kind != ScopeKind::Module) child->flags |= CodeNested;
        if (scope->is_generator && scope->is_coroutine) {
            child->flags |= CodeAsyncGenerator;
        } else if (scope->is_coroutine) {
            child->flags |= CodeCoroutine;
        } else if (scope->is_generator) {
            child->flags |= CodeGenerator;
        }
        if (scope->has_varargs) child->flags |= CodeVarargs;
        if (scope->has_varkeywords) child->flags |= CodeVarkeywords;
        child->argcount = scope->argcount;
        child->posonlyargcount = scope->posonlyargcount;
        child->kwonlyargcount = scope->kwonlyargcount;

        Unit unit = make_unit(*child, scope);
        Unit* outer = u_;
        u_ = &unit;
        if (body) {
            // co_consts[0] is the docstring or None, which is where __doc__ comes from.
            const ast::Constant* doc = docstring(*body);
            if (doc) {
                unit.b.add_const(std::string(doc->text));
            } else {
                unit.b.add_const(std::monostate{});
            }
            for (uint32_t i = doc ? 1 : 0; i < body->size && !error_; ++i) {
                compile_stmt((*body)[i]);
            }
            if (!unit.b.ends_in_terminator()) {
                Span end = (*body)[body->size - 1]->span;
                emit_const(std::monostate{}, end);
                emit(Op::RETURN_VALUE, end);
            }
        } else {
            compile_expr(lambda_body);
            emit(Op::RETURN_VALUE, lambda_body->span);
        }
        u_ = outer;
        if (!error_) unit.b.assemble(*child);
        u_->out->children.push_back(std::move(child));
        return static_cast<uint32_t>(u_->out->children.size() - 1);
    }

    // Pushes the closure tuple (if any) and the code, then MAKE_FUNCTION.
    void make_function(const void* node, uint32_t child, uint32_t flags, Span pos) {
        const Scope* scope = symtable_.scope_of(node);
        if (!scope->freevars.empty()) {
            for (auto name : scope->freevars) {
                auto it = u_->cell_index.find(name);
                if (it == u_->cell_index.end()) {
                    fail(pos, "internal error: free variable '" + std::string(name) +
                                  "' has no cell in the enclosing scope");
                    return;
                }
                emit(Op::LOAD_CLOSURE, it->second, pos);
            }
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(scope->freevars.size()), pos);
            flags |= 8;
        }
        emit_const(ConstCode{child}, pos);
        emit(Op::MAKE_FUNCTION, flags, pos);
    }

    void compile_function_def(const FunctionDef* s) {
        for (Expr* d : s->decorator_list) compile_expr(d);
        uint32_t flags = compile_defaults(s->args, s->span);
        flags |= compile_annotations(s->args, s->returns, s->span);
        Span first = s->decorator_list.empty() ? s->span : s->decorator_list[0]->span;
        uint32_t child = compile_function_code(s, s->name, &s->body, nullptr, first);
        if (error_) return;
        make_function(s, child, flags, s->span);
        for (uint32_t i = s->decorator_list.size; i-- > 0;) {
            emit(Op::CALL, 0, s->decorator_list[i]->span);
        }
        name_op(s->name, ExprContext::Store, s->name_span);
    }

    // compile.c's compiler_class: the body runs as a function whose locals are the class
    // namespace; __build_class__(body, name, *bases, **keywords) makes the class.
    void compile_class_def(const ClassDef* s) {
        for (Expr* d : s->decorator_list) compile_expr(d);
        Span first = s->decorator_list.empty() ? s->span : s->decorator_list[0]->span;
        const uint32_t child = compile_class_body(s, first);
        if (error_) return;
        emit(Op::PUSH_NULL, s->span);
        emit(Op::LOAD_BUILD_CLASS, s->span);
        make_function(s, child, 0, s->span);
        emit_const(std::string(s->name), s->span);
        bool dynamic = false;
        for (Expr* b : s->bases) dynamic |= b->is<Starred>();
        for (Keyword* k : s->keywords) dynamic |= k->arg.empty();
        if (dynamic) {
            // (body, name, *bases) as one tuple: BUILD_LIST then extend, as compile.c does.
            emit(Op::BUILD_LIST, 2, s->span);
            for (Expr* b : s->bases) {
                if (auto* star = b->as<Starred>()) {
                    compile_expr(star->value);
                    emit(Op::LIST_EXTEND, 1, b->span);
                } else {
                    compile_expr(b);
                    emit(Op::LIST_APPEND, 1, b->span);
                }
            }
            emit(Op::LIST_TO_TUPLE, s->span);
            compile_keywords_dict(s->keywords, s->span);
            emit(Op::CALL_FUNCTION_EX, s->keywords.empty() ? 0 : 1, s->span);
        } else {
            for (Expr* b : s->bases) compile_expr(b);
            if (!s->keywords.empty()) {
                auto names = std::make_shared<ConstTuple>();
                for (Keyword* k : s->keywords) {
                    compile_expr(k->value);
                    names->items.emplace_back(std::string(k->arg));
                }
                emit(Op::KW_NAMES, u_->b.add_const(names), s->span);
            }
            emit(Op::CALL, 2 + s->bases.size + s->keywords.size, s->span);
        }
        for (uint32_t i = s->decorator_list.size; i-- > 0;) {
            emit(Op::CALL, 0, s->decorator_list[i]->span);
        }
        name_op(s->name, ExprContext::Store, s->name_span);
    }

    uint32_t compile_class_body(const ClassDef* s, Span first) {
        const Scope* scope = symtable_.scope_of(s);
        auto child = std::make_unique<CodeUnit>();
        child->name = std::string(s->name);
        child->qualname = scope->qualname;
        child->source = source_;
        child->first_line = line_of(first);
        Unit unit = make_unit(*child, scope);
        Unit* outer = u_;
        u_ = &unit;
        name_op("__name__", ExprContext::Load, first);
        name_op("__module__", ExprContext::Store, first);
        emit_const(scope->qualname, first);
        name_op("__qualname__", ExprContext::Store, first);
        compile_namespace_body(s->body);
        const Span end = s->body[s->body.size - 1]->span;
        if (scope->needs_class_cell) {
            // The cell becomes the class once it exists (type.__new__ reads __classcell__),
            // which is how zero-argument super() finds it.
            emit(Op::LOAD_CLOSURE, unit.cell_index.at("__class__"), end);
            emit(Op::COPY, 1, end);
            name_op("__classcell__", ExprContext::Store, end);
        } else {
            emit_const(std::monostate{}, end);
        }
        emit(Op::RETURN_VALUE, end);
        u_ = outer;
        if (!error_) unit.b.assemble(*child);
        u_->out->children.push_back(std::move(child));
        return static_cast<uint32_t>(u_->out->children.size() - 1);
    }

    // compile.c's compiler_body for modules and class bodies: __annotations__ when the body
    // has annotated names, the docstring as __doc__, then the statements.
    void compile_namespace_body(const Seq<Stmt*>& body) {
        if (body.empty()) return;
        if (has_annotations(body)) emit(Op::SETUP_ANNOTATIONS, body[0]->span);
        uint32_t start = 0;
        if (auto* doc = docstring(body)) {
            emit_const(std::string(doc->text), doc->span);
            name_op("__doc__", ExprContext::Store, doc->span);
            start = 1;
        }
        for (uint32_t i = start; i < body.size && !error_; ++i) compile_stmt(body[i]);
    }

    // compile.c's compiler_visit_annotations: a tuple of (name, value) pairs in CPython's
    // order (regular parameters before positional-only ones); returns the MAKE_FUNCTION flag.
    uint32_t compile_annotations(const Arguments* args, const Expr* returns, Span pos) {
        uint32_t count = 0;
        auto visit = [&](std::string_view name, const Expr* annotation) {
            if (!annotation || error_) return;
            emit_const(mangle(u_->scope->private_name, name), annotation->span);
            if (symtable_.module()->annotations_future) {
                compile_annotation(annotation);
            } else if (auto* star = annotation->as<Starred>()) {
                // `*args: *Ts` stores the single item of the unpacked value.
                compile_expr(star->value);
                emit(Op::UNPACK_SEQUENCE, 1, annotation->span);
            } else {
                compile_expr(annotation);
            }
            count += 2;
        };
        for (const Arg* a : args->args) visit(a->arg, a->annotation);
        for (const Arg* a : args->posonlyargs) visit(a->arg, a->annotation);
        if (args->vararg) visit(args->vararg->arg, args->vararg->annotation);
        for (const Arg* a : args->kwonlyargs) visit(a->arg, a->annotation);
        if (args->kwarg) visit(args->kwarg->arg, args->kwarg->annotation);
        visit("return", returns);
        if (count == 0) return 0;
        emit(Op::BUILD_TUPLE, count, pos);
        return 4;
    }

    void compile_lambda(const Lambda* e) {
        const uint32_t flags = compile_defaults(e->args, e->span);
        uint32_t child = compile_function_code(e, "<lambda>", nullptr, e->body, e->span);
        if (error_) return;
        make_function(e, child, flags, e->span);
    }

    void compile_return(const Return* s) {
        if (!optimized()) return fail(s->span, "'return' outside function");
        HandlerRestore restore(*this);
        const bool constant_value = !s->value || s->value->is<ast::Constant>();
        if (!constant_value) compile_expr(s->value);
        unwind_blocks(!constant_value, s->span, nullptr);
        if (!s->value) {
            emit_const(std::monostate{}, s->span);
        } else if (constant_value) {
            compile_expr(s->value);
        }
        emit(Op::RETURN_VALUE, s->span);
    }

    // ---- match statements (compile.c's compiler_match and compiler_pattern_*) ---------------
    //
    // A pattern consumes its subject from the top of the stack. Captured values stay on the
    // stack until the whole case has matched, each new one rotated beneath everything the
    // pattern still needs (`on_top` items) and beneath the earlier captures, so the first
    // capture ends up on top and the names are stored in order once the case matched.
    // A failing test jumps to fail_pop[n], where n is the number of items to pop: the labels
    // are emitted as a chain of POP_TOPs falling through to fail_pop[0].

    struct PatternContext {
        std::vector<std::string_view> stores;
        std::vector<Label> fail_pop;
        uint32_t on_top = 0;
    };

    void jump_to_fail_pop(PatternContext& pc, Op op, Span pos) {
        const size_t pops = pc.on_top + pc.stores.size();
        while (pc.fail_pop.size() <= pops) pc.fail_pop.push_back(label());
        jump(op, pc.fail_pop[pops], pos);
    }

    void emit_and_reset_fail_pop(PatternContext& pc, Span pos) {
        if (pc.fail_pop.empty()) return;
        for (size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
            bind(pc.fail_pop[n]);
            emit(Op::POP_TOP, pos);
        }
        bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    // Moves the top item `count - 1` places down.
    void rotate(uint32_t count, Span pos) {
        while (count > 1) emit(Op::SWAP, count--, pos);
    }

    void store_capture(PatternContext& pc, Identifier name, Span pos) {
        if (name.empty()) {
            emit(Op::POP_TOP, pos);
            return;
        }
        rotate(pc.on_top + static_cast<uint32_t>(pc.stores.size()) + 1, pos);
        pc.stores.push_back(name);
    }

    void compile_match(const Match* m) {
        compile_expr(m->subject);
        Label end = label();
        const uint32_t n = m->cases.size;
        const bool has_default = n > 1 && is_wildcard(m->cases[n - 1]->pattern);
        const uint32_t tested = n - (has_default ? 1 : 0);
        for (uint32_t i = 0; i < tested && !error_; ++i) {
            const MatchCase* c = m->cases[i];
            const Span pos = c->pattern->span;
            const bool last = i == tested - 1;
            if (!last) emit(Op::COPY, 1, pos);
            PatternContext pc;
            compile_pattern(c->pattern, pc);
            for (std::string_view name : pc.stores) name_op(name, ExprContext::Store, pos);
            if (c->guard) {
                if (pc.fail_pop.empty()) pc.fail_pop.push_back(label());
                jump_if(c->guard, pc.fail_pop[0], false);
            }
            if (!last) emit(Op::POP_TOP, pos);
            compile_body(c->body);
            emit_goto(end, pos);
            emit_and_reset_fail_pop(pc, pos);
        }
        if (has_default) {
            const MatchCase* c = m->cases[n - 1];
            emit(Op::NOP, c->pattern->span);
            if (c->guard) jump_if(c->guard, end, false);
            compile_body(c->body);
        }
        bind(end);
    }

    void compile_pattern(const Pattern* p, PatternContext& pc) {
        if (error_) return;
        const Span pos = p->span;
        switch (p->kind) {
        case PatternKind::MatchValue:
            compile_expr(p->as<MatchValue>()->value);
            emit(Op::COMPARE_OP, 2, pos); // ==
            jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE, pos);
            return;
        case PatternKind::MatchSingleton: {
            const ConstantKind v = p->as<MatchSingleton>()->value;
            if (v == ConstantKind::None) {
                emit_const(std::monostate{}, pos);
            } else {
                emit_const(v == ConstantKind::True, pos);
            }
            emit(Op::IS_OP, 0, pos);
            jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE, pos);
            return;
        }
        case PatternKind::MatchAs: {
            const MatchAs* as = p->as<MatchAs>();
            if (!as->pattern) return store_capture(pc, as->name, pos);
            ++pc.on_top;
            emit(Op::COPY, 1, pos);
            compile_pattern(as->pattern, pc);
            --pc.on_top;
            return store_capture(pc, as->name, pos);
        }
        case PatternKind::MatchStar:
            return store_capture(pc, p->as<MatchStar>()->name, pos);
        case PatternKind::MatchSequence:
            return compile_sequence_pattern(p->as<MatchSequence>(), pc);
        case PatternKind::MatchMapping:
            return compile_mapping_pattern(p->as<MatchMapping>(), pc);
        case PatternKind::MatchClass:
            return compile_class_pattern(p->as<MatchClass>(), pc);
        case PatternKind::MatchOr:
            return compile_or_pattern(p->as<MatchOr>(), pc);
        }
    }

    void emit_length_check(size_t size, uint32_t compare_op, PatternContext& pc, Span pos) {
        emit(Op::GET_LEN, pos);
        emit_const(static_cast<int64_t>(size), pos);
        emit(Op::COMPARE_OP, compare_op, pos);
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE, pos);
    }

    void compile_sequence_pattern(const MatchSequence* s, PatternContext& pc) {
        const Span pos = s->span;
        const uint32_t size = s->patterns.size;
        int64_t star = -1;
        bool only_wildcard = true;
        bool star_wildcard = false;
        for (uint32_t i = 0; i < size; ++i) {
            const Pattern* q = s->patterns[i];
            if (const MatchStar* st = q->as<MatchStar>()) {
                star = i;
                star_wildcard = st->name.empty();
                only_wildcard = only_wildcard && star_wildcard;
                continue;
            }
            only_wildcard = only_wildcard && is_wildcard(q);
        }
        ++pc.on_top;
        emit(Op::MATCH_SEQUENCE, pos);
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE, pos);
        if (star < 0) {
            emit_length_check(size, 2, pc, pos); // ==
        } else if (size > 1) {
            emit_length_check(size - 1, 5, pc, pos); // >=
        }
        --pc.on_top;
        if (only_wildcard) {
            emit(Op::POP_TOP, pos);
        } else if (star_wildcard) {
            // [a, *_, b]: index the items instead of unpacking the middle into a list.
            ++pc.on_top;
            for (uint32_t i = 0; i < size; ++i) {
                const Pattern* q = s->patterns[i];
                if (is_wildcard(q) || static_cast<int64_t>(i) == star) continue;
                emit(Op::COPY, 1, pos);
                if (static_cast<int64_t>(i) < star) {
                    emit_const(static_cast<int64_t>(i), pos);
                } else {
                    emit(Op::GET_LEN, pos);
                    emit_const(static_cast<int64_t>(size - i), pos);
                    emit(Op::BINARY_OP, static_cast<uint32_t>(ast::Operator::Sub), pos);
                }
                emit(Op::BINARY_SUBSCR, pos);
                compile_pattern(q, pc);
            }
            --pc.on_top;
            emit(Op::POP_TOP, pos);
        } else {
            if (star < 0) {
                emit(Op::UNPACK_SEQUENCE, size, pos);
            } else {
                const uint32_t before = static_cast<uint32_t>(star);
                emit(Op::UNPACK_EX, before | ((size - before - 1) << 8), pos);
            }
            pc.on_top += size;
            for (uint32_t i = 0; i < size; ++i) {
                --pc.on_top;
                compile_pattern(s->patterns[i], pc);
            }
        }
    }

    void compile_mapping_pattern(const MatchMapping* m, PatternContext& pc) {
        const Span pos = m->span;
        const uint32_t size = m->keys.size;
        ++pc.on_top;
        emit(Op::MATCH_MAPPING, pos);
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE, pos);
        if (size == 0 && m->rest.empty()) {
            --pc.on_top;
            emit(Op::POP_TOP, pos);
            return;
        }
        if (size > 0) emit_length_check(size, 5, pc, pos); // >=
        for (const Expr* key : m->keys) compile_expr(key);
        emit(Op::BUILD_TUPLE, size, pos);
        emit(Op::MATCH_KEYS, pos);
        // [subject, keys, values or None]
        pc.on_top += 2;
        emit(Op::COPY, 1, pos);
        emit_const(std::monostate{}, pos);
        emit(Op::IS_OP, 1, pos);
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE, pos);
        emit(Op::UNPACK_SEQUENCE, size, pos);
        pc.on_top += size;
        --pc.on_top;
        for (const Pattern* q : m->patterns) {
            --pc.on_top;
            compile_pattern(q, pc);
        }
        pc.on_top -= 2;
        if (m->rest.empty()) {
            emit(Op::POP_TOP, pos); // the keys
            emit(Op::POP_TOP, pos); // the subject
            return;
        }
        // rest = dict(subject) without the matched keys.
        emit(Op::BUILD_MAP, 0, pos);   // [subject, keys, {}]
        emit(Op::SWAP, 3, pos);        // [{}, keys, subject]
        emit(Op::DICT_UPDATE, 2, pos); // [rest, keys]
        emit(Op::UNPACK_SEQUENCE, size, pos);
        for (uint32_t left = size; left > 0; --left) {
            emit(Op::COPY, 1 + left, pos); // [rest, keys..., rest]
            emit(Op::SWAP, 2, pos);        // [rest, keys..., rest, key]
            emit(Op::DELETE_SUBSCR, pos);
        }
        store_capture(pc, m->rest, pos);
    }

    void compile_class_pattern(const MatchClass* c, PatternContext& pc) {
        const Span pos = c->span;
        const uint32_t nargs = c->patterns.size;
        const uint32_t nattrs = c->kwd_attrs.size;
        compile_expr(c->cls);
        auto names = std::make_shared<ConstTuple>();
        for (Identifier attr : c->kwd_attrs) names->items.emplace_back(std::string(attr));
        emit(Op::LOAD_CONST, u_->b.add_const(names), pos);
        emit(Op::MATCH_CLASS, nargs, pos);
        emit(Op::COPY, 1, pos);
        emit_const(std::monostate{}, pos);
        emit(Op::IS_OP, 1, pos);
        ++pc.on_top;
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE, pos);
        emit(Op::UNPACK_SEQUENCE, nargs + nattrs, pos);
        pc.on_top += nargs + nattrs;
        --pc.on_top;
        for (uint32_t i = 0; i < nargs + nattrs; ++i) {
            --pc.on_top;
            const Pattern* q = i < nargs ? c->patterns[i] : c->kwd_patterns[i - nargs];
            if (is_wildcard(q)) {
                emit(Op::POP_TOP, pos);
                continue;
            }
            compile_pattern(q, pc);
        }
    }

    // Each alternative matches a copy of the subject with captures of its own; they are put
    // in the first alternative's order, then moved beneath what the enclosing pattern keeps.
    void compile_or_pattern(const MatchOr* o, PatternContext& pc) {
        const Span pos = o->span;
        Label end = label();
        PatternContext outer = std::move(pc);
        std::vector<std::string_view> control;
        for (uint32_t i = 0; i < o->patterns.size; ++i) {
            const Pattern* alt = o->patterns[i];
            PatternContext inner;
            emit(Op::COPY, 1, alt->span);
            compile_pattern(alt, inner);
            if (error_) return;
            if (i == 0) {
                control = inner.stores;
            } else {
                order_captures(inner.stores, control, alt->span);
            }
            emit_goto(end, alt->span);
            emit_and_reset_fail_pop(inner, alt->span);
        }
        pc = std::move(outer);
        // No alternative matched: drop the subject and fail.
        emit(Op::POP_TOP, pos);
        jump_to_fail_pop(pc, Op::JUMP_FORWARD, pos);
        bind(end);
        const uint32_t rotations = static_cast<uint32_t>(control.size()) + 1 + pc.on_top +
                                   static_cast<uint32_t>(pc.stores.size());
        for (std::string_view name : control) {
            rotate(rotations, pos);
            pc.stores.push_back(name);
        }
        emit(Op::POP_TOP, pos); // the subject
    }

    // Permutes the captures on top of the stack (stores[0] on top) into control's order.
    void order_captures(std::vector<std::string_view> stores,
                        const std::vector<std::string_view>& control, Span pos) {
        for (uint32_t depth = 1; depth <= control.size(); ++depth) {
            const auto at = std::find(stores.begin(), stores.end(), control[depth - 1]);
            const uint32_t current = static_cast<uint32_t>(at - stores.begin()) + 1;
            if (current == depth) continue;
            if (depth == 1) {
                emit(Op::SWAP, current, pos);
            } else {
                emit(Op::SWAP, depth, pos);
                emit(Op::SWAP, current, pos);
                emit(Op::SWAP, depth, pos);
            }
            std::swap(stores[depth - 1], stores[current - 1]);
        }
    }

    void compile_break(const Stmt* s) {
        HandlerRestore restore(*this);
        FBlock loop{};
        loop.kind = BlockKind::PopValue;
        unwind_blocks(false, s->span, &loop);
        if (loop.kind == BlockKind::PopValue) return fail(s->span, "'break' outside loop");
        unwind_block(loop, false, s->span);
        emit_goto(loop.exit, s->span);
    }

    void compile_continue(const Stmt* s) {
        HandlerRestore restore(*this);
        FBlock loop{};
        loop.kind = BlockKind::PopValue;
        unwind_blocks(false, s->span, &loop);
        if (loop.kind == BlockKind::PopValue) {
            return fail(s->span, "'continue' not properly in loop");
        }
        emit_goto(loop.start, s->span);
    }

    void compile_assign(const Assign* s) {
        compile_expr(s->value);
        for (uint32_t i = 0; i < s->targets.size; ++i) {
            if (i + 1 < s->targets.size) emit(Op::COPY, 1, s->targets[i]->span);
            compile_store(s->targets[i]);
        }
    }

    // compile.c's compiler_annassign: module and class bodies record a simple name's annotation
    // in __annotations__; other targets only have their subexpressions evaluated.
    void compile_ann_assign(const AnnAssign* s) {
        if (s->value) {
            compile_expr(s->value);
            compile_store(s->target);
        }
        const bool postponed = symtable_.module()->annotations_future;
        if (auto* name = s->target->as<Name>()) {
            if (s->simple && !optimized()) {
                if (!compile_annotation(s->annotation)) return;
                emit(Op::LOAD_NAME, u_->b.add_name("__annotations__"), s->span);
                emit_const(mangle(u_->scope->private_name, name->id), s->span);
                emit(Op::STORE_SUBSCR, s->span);
            }
        } else if (auto* attr = s->target->as<Attribute>()) {
            if (!s->value) evaluate_and_pop(attr->value);
        } else if (auto* sub = s->target->as<Subscript>()) {
            if (!s->value) {
                evaluate_and_pop(sub->value);
                evaluate_subscript_and_pop(sub->slice);
            }
        }
        if (!s->simple && !postponed && !optimized()) evaluate_and_pop(s->annotation);
    }

    // An annotation's value: evaluated, or its source text when postponed (PEP 563). false
    // after reporting a postponed form coil cannot render yet.
    bool compile_annotation(const Expr* annotation) {
        if (!symtable_.module()->annotations_future) {
            compile_expr(annotation);
            return true;
        }
        std::optional<std::string> text = annotation_text(annotation);
        if (!text) {
            unsupported(annotation->span, "this postponed annotation");
            return false;
        }
        emit_const(std::move(*text), annotation->span);
        return true;
    }

    void evaluate_and_pop(const Expr* e) {
        compile_expr(e);
        emit(Op::POP_TOP, e->span);
    }

    // compile.c's check_ann_subscr: the parts of a slice, one by one.
    void evaluate_subscript_and_pop(const Expr* e) {
        if (auto* slice = e->as<Slice>()) {
            for (const Expr* part : {slice->lower, slice->upper, slice->step}) {
                if (part) evaluate_and_pop(part);
            }
        } else if (auto* tuple = e->as<Tuple>()) {
            for (const Expr* elt : tuple->elts) evaluate_subscript_and_pop(elt);
        } else {
            evaluate_and_pop(e);
        }
    }

    // compile.c's find_ann: whether a body has an annotated assignment outside nested scopes.
    static bool has_annotations(const Seq<Stmt*>& body) {
        for (const Stmt* s : body) {
            switch (s->kind) {
            case StmtKind::AnnAssign:
                return true;
            case StmtKind::For:
            case StmtKind::AsyncFor: {
                const auto* f = s->as<For>();
                if (has_annotations(f->body) || has_annotations(f->orelse)) return true;
                break;
            }
            case StmtKind::While: {
                const auto* w = s->as<While>();
                if (has_annotations(w->body) || has_annotations(w->orelse)) return true;
                break;
            }
            case StmtKind::If: {
                const auto* i = s->as<If>();
                if (has_annotations(i->body) || has_annotations(i->orelse)) return true;
                break;
            }
            case StmtKind::With:
            case StmtKind::AsyncWith:
                if (has_annotations(s->as<With>()->body)) return true;
                break;
            case StmtKind::Match:
                for (const MatchCase* c : s->as<Match>()->cases) {
                    if (has_annotations(c->body)) return true;
                }
                break;
            case StmtKind::Try:
            case StmtKind::TryStar: {
                const auto* t = s->as<Try>();
                for (const ExceptHandler* h : t->handlers) {
                    if (has_annotations(h->body)) return true;
                }
                if (has_annotations(t->body) || has_annotations(t->finalbody) ||
                    has_annotations(t->orelse)) {
                    return true;
                }
                break;
            }
            default:
                break;
            }
        }
        return false;
    }

    void compile_aug_assign(const AugAssign* s) {
        const uint32_t op = static_cast<uint32_t>(s->op) + binary_operator_count_;
        if (auto* name = s->target->as<Name>()) {
            name_op(name->id, ExprContext::Load, name->span);
            compile_expr(s->value);
            emit(Op::BINARY_OP, op, s->span);
            name_op(name->id, ExprContext::Store, name->span);
        } else if (auto* attr = s->target->as<Attribute>()) {
            compile_expr(attr->value);
            emit(Op::COPY, 1, attr->span);
            emit(Op::LOAD_ATTR, u_->b.add_name(mangled(attr->attr)), attr->span);
            compile_expr(s->value);
            emit(Op::BINARY_OP, op, s->span);
            emit(Op::SWAP, 2, attr->span);
            emit(Op::STORE_ATTR, u_->b.add_name(mangled(attr->attr)), attr->span);
        } else if (auto* sub = s->target->as<Subscript>()) {
            compile_expr(sub->value);
            compile_slice_or_expr(sub->slice);
            emit(Op::COPY, 2, sub->span);
            emit(Op::COPY, 2, sub->span);
            u_->b.emit_anchored(Op::BINARY_SUBSCR, 0, sub->span, subscript_anchor(sub));
            compile_expr(s->value);
            emit(Op::BINARY_OP, op, s->span);
            emit(Op::SWAP, 3, sub->span);
            emit(Op::SWAP, 2, sub->span);
            emit(Op::STORE_SUBSCR, sub->span);
        } else {
            fail(s->target->span, "illegal expression for augmented assignment");
        }
    }

    std::string mangled(std::string_view name) const {
        return mangle(u_->scope->private_name, name);
    }

    // Stores the value on top of the stack into `target`.
    void compile_store(const Expr* target) {
        switch (target->kind) {
        case ExprKind::Name:
            return name_op(target->as<Name>()->id, ExprContext::Store, target->span);
        case ExprKind::Attribute: {
            auto* attr = target->as<Attribute>();
            compile_expr(attr->value);
            emit(Op::STORE_ATTR, u_->b.add_name(mangled(attr->attr)), target->span);
            return;
        }
        case ExprKind::Subscript: {
            auto* sub = target->as<Subscript>();
            compile_expr(sub->value);
            compile_slice_or_expr(sub->slice);
            emit(Op::STORE_SUBSCR, target->span);
            return;
        }
        case ExprKind::Tuple:
        case ExprKind::List: {
            const Seq<Expr*>& elts = target->is<ast::Tuple>() ? target->as<ast::Tuple>()->elts
                                                              : target->as<List>()->elts;
            int32_t star = -1;
            for (uint32_t i = 0; i < elts.size; ++i) {
                if (elts[i]->is<Starred>()) {
                    if (star >= 0)
                        return fail(elts[i]->span, "multiple starred expressions in assignment");
                    star = static_cast<int32_t>(i);
                }
            }
            if (star < 0) {
                emit(Op::UNPACK_SEQUENCE, elts.size, target->span);
            } else {
                const uint32_t after = elts.size - static_cast<uint32_t>(star) - 1;
                if (star >= 256 || after >= (1u << 16)) {
                    return fail(target->span, "too many expressions in star-unpacking assignment");
                }
                emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | (after << 8), target->span);
            }
            for (Expr* e : elts) {
                compile_store(e->is<Starred>() ? e->as<Starred>()->value : e);
            }
            return;
        }
        case ExprKind::Starred:
            return fail(target->span, "starred assignment target must be in a list or tuple");
        default:
            return fail(target->span, "cannot assign to expression");
        }
    }

    void compile_delete(const Expr* target) {
        switch (target->kind) {
        case ExprKind::Name:
            return name_op(target->as<Name>()->id, ExprContext::Del, target->span);
        case ExprKind::Attribute: {
            auto* attr = target->as<Attribute>();
            compile_expr(attr->value);
            emit(Op::DELETE_ATTR, u_->b.add_name(mangled(attr->attr)), target->span);
            return;
        }
        case ExprKind::Subscript: {
            auto* sub = target->as<Subscript>();
            compile_expr(sub->value);
            compile_slice_or_expr(sub->slice);
            emit(Op::DELETE_SUBSCR, target->span);
            return;
        }
        case ExprKind::Tuple:
            for (Expr* e : target->as<ast::Tuple>()->elts) compile_delete(e);
            return;
        case ExprKind::List:
            for (Expr* e : target->as<List>()->elts) compile_delete(e);
            return;
        default:
            return fail(target->span, "cannot delete expression");
        }
    }

    // Every instruction of an import carries the statement's position, as in CPython.
    void compile_import(const Import* s) {
        for (const Alias* a : s->names) {
            emit_const(int64_t{0}, s->span);
            emit_const(std::monostate{}, s->span);
            emit(Op::IMPORT_NAME, u_->b.add_name(a->name), s->span);
            if (a->asname.empty()) {
                // `import a.b.c` binds the top-level package `a`.
                name_op(a->name.substr(0, a->name.find('.')), ExprContext::Store, s->span);
                continue;
            }
            // `import a.b.c as d` binds the leaf, reached attribute by attribute.
            std::string_view rest = a->name;
            size_t dot = rest.find('.');
            if (dot == std::string_view::npos) {
                name_op(a->asname, ExprContext::Store, s->span);
                continue;
            }
            rest = rest.substr(dot + 1);
            for (;;) {
                dot = rest.find('.');
                emit(Op::IMPORT_FROM, u_->b.add_name(rest.substr(0, dot)), s->span);
                if (dot == std::string_view::npos) break;
                emit(Op::SWAP, 2, s->span);
                emit(Op::POP_TOP, s->span);
                rest = rest.substr(dot + 1);
            }
            name_op(a->asname, ExprContext::Store, s->span);
            emit(Op::POP_TOP, s->span);
        }
    }

    void compile_import_from(const ImportFrom* s) {
        // Future features are compile-time switches; there is no __future__ module to bind.
        if (s->module == "__future__") return;
        auto names = std::make_shared<ConstTuple>();
        for (const Alias* a : s->names) names->items.emplace_back(std::string(a->name));
        emit_const(int64_t{s->level}, s->span);
        emit_const(names, s->span);
        emit(Op::IMPORT_NAME, u_->b.add_name(s->module), s->span);
        if (s->names.size == 1 && s->names[0]->name == "*") {
            if (optimized()) return fail(s->span, "import * only allowed at module level");
            emit(Op::IMPORT_STAR, s->span);
            return;
        }
        for (const Alias* a : s->names) {
            emit(Op::IMPORT_FROM, u_->b.add_name(a->name), s->span);
            name_op(a->asname.empty() ? a->name : a->asname, ExprContext::Store, s->span);
        }
        emit(Op::POP_TOP, s->span);
    }

    void compile_if(const If* s) {
        Label next = label();
        Label end = label();
        jump_if(s->test, next, false);
        compile_body(s->body);
        if (!s->orelse.empty()) {
            emit_goto(end, s->span);
            bind(next);
            compile_body(s->orelse);
        } else {
            bind(next);
        }
        bind(end);
    }

    static bool is_constant_true(const Expr* e) {
        auto* c = e->as<ast::Constant>();
        if (!c) return false;
        switch (c->value_kind) {
        case ConstantKind::True:
        case ConstantKind::Ellipsis:
            return true;
        case ConstantKind::Int:
            return c->big || c->small != 0;
        case ConstantKind::Str:
        case ConstantKind::Bytes:
            return !c->text.empty();
        default:
            return false;
        }
    }

    void compile_while(const While* s) {
        Label start = label();
        Label orelse = label();
        Label exit = label();
        bind(start);
        if (!is_constant_true(s->test)) jump_if(s->test, orelse, false);
        {
            BlockScope loop(
                *this,
                FBlock{BlockKind::WhileLoop, start, exit, u_->b.current_handler(), nullptr, {}});
            compile_body(s->body);
        }
        emit_goto(start, s->span);
        bind(orelse);
        compile_body(s->orelse);
        bind(exit);
    }

    void compile_for(const For* s) {
        Label start = label();
        Label cleanup = label();
        Label exit = label();
        compile_expr(s->iter);
        emit(Op::GET_ITER, s->span);
        bind(start);
        jump(Op::FOR_ITER, cleanup, s->span);
        {
            BlockScope loop(
                *this,
                FBlock{BlockKind::ForLoop, start, exit, u_->b.current_handler(), nullptr, {}});
            compile_store(s->target);
            compile_body(s->body);
        }
        emit_goto(start, s->span);
        bind(cleanup);
        compile_body(s->orelse);
        bind(exit);
    }

    // compile.c's compiler_async_for: each __anext__() is awaited under a handler whose
    // END_ASYNC_FOR ends the loop on StopAsyncIteration and re-raises anything else.
    void compile_async_for(const For* s) {
        Label start = label();
        Label except = label();
        Label exit = label();
        compile_expr(s->iter);
        emit(Op::GET_AITER, s->span);
        bind(start);
        {
            BlockScope loop(
                *this,
                FBlock{BlockKind::ForLoop, start, exit, u_->b.current_handler(), nullptr, {}});
            const int32_t next_handler = u_->b.push_handler(except, false);
            emit(Op::GET_ANEXT, s->span);
            emit_const(std::monostate{}, s->span);
            compile_send_loop(s->span);
            u_->b.pop_handler(next_handler);
            compile_store(s->target);
            compile_body(s->body);
            emit_goto(start, s->span);
        }
        bind(except);
        emit(Op::END_ASYNC_FOR, s->iter->span);
        compile_body(s->orelse);
        bind(exit);
    }

    void compile_raise(const Raise* s) {
        uint32_t n = 0;
        if (s->exc) {
            compile_expr(s->exc);
            n = 1;
            if (s->cause) {
                compile_expr(s->cause);
                n = 2;
            }
        }
        emit(Op::RAISE_VARARGS, n, s->span);
    }

    void compile_assert(const Assert* s) {
        Label end = label();
        compare_location_ = Span{};
        jump_if(s->test, end, true);
        const Span pos =
            compare_location_.end > compare_location_.begin ? compare_location_ : s->span;
        emit(Op::LOAD_ASSERTION_ERROR, pos);
        if (s->msg) {
            compile_expr(s->msg);
            emit(Op::CALL, 0, pos);
        }
        emit(Op::RAISE_VARARGS, 1, pos);
        bind(end);
    }

    void compile_try(const Try* s) {
        if (!s->finalbody.empty()) return compile_try_finally(s);
        if (s->is_star()) return compile_try_star_except(s);
        compile_try_except(s);
    }

    // COPY 3; POP_EXCEPT; RERAISE 1: the cleanup of an except or finally body that raised.
    void pop_except_and_reraise(Span pos) {
        emit(Op::COPY, 3, pos);
        emit(Op::POP_EXCEPT, pos);
        emit(Op::RERAISE, 1, pos);
    }

    void compile_try_finally(const Try* s) {
        Label end = label();
        Label exit = label();
        Label cleanup = label();
        const int32_t outer = u_->b.current_handler();
        const int32_t body_handler = u_->b.push_handler(end, false);
        emit(Op::NOP, s->span);
        {
            BlockScope block(*this,
                             FBlock{BlockKind::FinallyTry, {}, {}, outer, &s->finalbody, {}});
            if (s->is_star()) {
                compile_try_star_except(s);
            } else if (!s->handlers.empty()) {
                compile_try_except(s);
            } else {
                compile_body(s->body);
            }
        }
        u_->b.pop_handler(body_handler);
        compile_body(s->finalbody);
        emit_goto(exit, s->span);

        bind(end);
        const int32_t cleanup_handler = u_->b.push_handler(cleanup, true);
        emit(Op::PUSH_EXC_INFO, s->span);
        {
            BlockScope block(*this, FBlock{BlockKind::FinallyEnd, {}, {}, outer, nullptr, {}});
            compile_body(s->finalbody);
        }
        emit(Op::RERAISE, 0, s->span);
        u_->b.pop_handler(cleanup_handler);
        bind(cleanup);
        pop_except_and_reraise(s->span);
        bind(exit);
    }

    // [exit] -> [exit(None, None, None)]: exit is called as a "method" with None as its self.
    void call_exit_with_nones(Span pos) {
        emit_const(std::monostate{}, pos);
        emit_const(std::monostate{}, pos);
        emit_const(std::monostate{}, pos);
        emit(Op::CALL, 2, pos);
    }

    // The awaitable __aexit__ returned is awaited in place.
    void await_exit_result(Span pos) {
        emit(Op::GET_AWAITABLE, 2, pos);
        emit_const(std::monostate{}, pos);
        compile_send_loop(pos);
    }

    // compile.c's compiler_with and compiler_async_with: one item per level, the innermost
    // holding the body. The handler keeps only __exit__ below the exception, so it covers
    // storing the __enter__ result too.
    void compile_with(const With* s, uint32_t pos) {
        const WithItem& item = s->items[pos];
        Label final_label = label();
        Label cleanup = label();
        Label suppress = label();
        Label exit = label();
        const int32_t outer = u_->b.current_handler();
        const bool is_async = s->is_async();
        compile_expr(item.context_expr);
        if (is_async) {
            emit(Op::BEFORE_ASYNC_WITH, s->span);
            emit(Op::GET_AWAITABLE, 1, s->span);
            emit_const(std::monostate{}, s->span);
            compile_send_loop(s->span);
        } else {
            emit(Op::BEFORE_WITH, s->span);
        }
        const int32_t body_handler = u_->b.push_handler(final_label, true, 1);
        {
            const BlockKind kind = is_async ? BlockKind::AsyncWith : BlockKind::With;
            BlockScope block(*this, FBlock{kind, {}, {}, outer, nullptr, {}, s->span});
            if (item.optional_vars) {
                compile_store(item.optional_vars);
            } else {
                emit(Op::POP_TOP, s->span);
            }
            if (pos + 1 < s->items.size) {
                compile_with(s, pos + 1);
            } else {
                compile_body(s->body);
            }
        }
        u_->b.pop_handler(body_handler);
        call_exit_with_nones(s->span);
        if (is_async) await_exit_result(s->span);
        emit(Op::POP_TOP, s->span);
        emit_goto(exit, s->span);

        // The body raised: [exit, lasti, exc]; a true result from __exit__ suppresses it.
        bind(final_label);
        const int32_t cleanup_handler = u_->b.push_handler(cleanup, true);
        emit(Op::PUSH_EXC_INFO, s->span);
        emit(Op::WITH_EXCEPT_START, s->span);
        if (is_async) await_exit_result(s->span);
        jump(Op::POP_JUMP_IF_TRUE, suppress, s->span);
        emit(Op::RERAISE, 2, s->span);
        u_->b.pop_handler(cleanup_handler);
        bind(cleanup);
        pop_except_and_reraise(s->span);
        bind(suppress);
        emit(Op::POP_TOP, s->span);
        emit(Op::POP_EXCEPT, s->span);
        emit(Op::POP_TOP, s->span);
        emit(Op::POP_TOP, s->span);
        bind(exit);
    }

    void compile_try_except(const Try* s) {
        Label end = label();
        Label except = label();
        Label cleanup = label();
        const int32_t outer = u_->b.current_handler();
        const int32_t body_handler = u_->b.push_handler(except, false);
        emit(Op::NOP, s->span);
        {
            BlockScope block(*this, FBlock{BlockKind::TryExcept, {}, {}, outer, nullptr, {}});
            compile_body(s->body);
        }
        u_->b.pop_handler(body_handler);
        compile_body(s->orelse);
        emit_goto(end, s->span);

        bind(except);
        const int32_t cleanup_handler = u_->b.push_handler(cleanup, true);
        emit(Op::PUSH_EXC_INFO, s->span);
        {
            BlockScope handlers(*this,
                                FBlock{BlockKind::ExceptionHandler, {}, {}, outer, nullptr, {}});
            for (uint32_t i = 0; i < s->handlers.size; ++i) {
                const ExceptHandler* h = s->handlers[i];
                if (!h->type && i + 1 < s->handlers.size) {
                    return fail(h->span, "default 'except:' must be last");
                }
                Label next = label();
                if (h->type) {
                    compile_expr(h->type);
                    emit(Op::CHECK_EXC_MATCH, h->type->span);
                    jump(Op::POP_JUMP_IF_FALSE, next, h->type->span);
                }
                if (!h->name.empty()) {
                    Label cleanup_end = label();
                    name_op(h->name, ExprContext::Store, h->span);
                    const int32_t name_handler = u_->b.push_handler(cleanup_end, true);
                    {
                        BlockScope body(
                            *this,
                            FBlock{BlockKind::HandlerCleanup, {}, {}, outer, nullptr, h->name});
                        compile_body(h->body);
                    }
                    u_->b.pop_handler(name_handler);
                    u_->b.set_current_handler(outer);
                    emit(Op::POP_EXCEPT, h->span);
                    emit_const(std::monostate{}, h->span);
                    name_op(h->name, ExprContext::Store, h->span);
                    name_op(h->name, ExprContext::Del, h->span);
                    emit_goto(end, h->span);
                    u_->b.set_current_handler(cleanup_handler);
                    bind(cleanup_end);
                    emit_const(std::monostate{}, h->span);
                    name_op(h->name, ExprContext::Store, h->span);
                    name_op(h->name, ExprContext::Del, h->span);
                    emit(Op::RERAISE, 1, h->span);
                } else {
                    emit(Op::POP_TOP, h->span);
                    {
                        BlockScope body(
                            *this, FBlock{BlockKind::HandlerCleanup, {}, {}, outer, nullptr, {}});
                        compile_body(h->body);
                    }
                    u_->b.set_current_handler(outer);
                    emit(Op::POP_EXCEPT, h->span);
                    emit_goto(end, h->span);
                    u_->b.set_current_handler(cleanup_handler);
                }
                bind(next);
            }
        }
        emit(Op::RERAISE, 0, s->span);
        u_->b.pop_handler(cleanup_handler);
        bind(cleanup);
        pop_except_and_reraise(s->span);
        bind(end);
    }

    // name = None; del name: an `except ... as name` body leaves no reference to the exception.
    void clear_handler_name(std::string_view name, Span pos) {
        if (name.empty()) return;
        emit_const(std::monostate{}, pos);
        name_op(name, ExprContext::Store, pos);
        name_op(name, ExprContext::Del, pos);
    }

    // compile.c's compiler_try_star_except. The handler keeps [prev_exc, orig, raised, rest]:
    // each clause takes from `rest` the part it matches (CHECK_EG_MATCH), what a clause body
    // raises is appended to `raised`, and so is what no clause matched; PREP_RERAISE_STAR
    // then makes the exception that leaves the statement (None when everything was handled).
    // compile_rules rejects break, continue and return in the clause bodies, so nothing
    // unwinds through them.
    void compile_try_star_except(const Try* s) {
        Label end = label();
        Label except = label();
        Label cleanup = label();
        Label reraise = label();
        const int32_t outer = u_->b.current_handler();
        const int32_t body_handler = u_->b.push_handler(except, false);
        emit(Op::NOP, s->span);
        {
            BlockScope block(*this, FBlock{BlockKind::TryExcept, {}, {}, outer, nullptr, {}});
            compile_body(s->body);
        }
        u_->b.pop_handler(body_handler);
        compile_body(s->orelse);
        emit_goto(end, s->span);

        bind(except);
        const int32_t cleanup_handler = u_->b.push_handler(cleanup, true);
        emit(Op::PUSH_EXC_INFO, s->span);
        {
            BlockScope handlers(*this,
                                FBlock{BlockKind::ExceptionHandler, {}, {}, outer, nullptr, {}});
            emit(Op::COPY, 1, s->span);
            emit(Op::BUILD_LIST, 0, s->span);
            emit(Op::SWAP, 2, s->span);
            for (const ExceptHandler* h : s->handlers) {
                Label no_match = label();
                Label next = label();
                Label raised = label();
                compile_expr(h->type);
                emit(Op::CHECK_EG_MATCH, h->type->span);
                emit(Op::COPY, 1, h->span);
                jump(Op::POP_JUMP_IF_NONE, no_match, h->span);
                if (!h->name.empty()) {
                    name_op(h->name, ExprContext::Store, h->span);
                } else {
                    emit(Op::POP_TOP, h->span);
                }
                const int32_t clause_handler = u_->b.push_handler(raised, true);
                {
                    BlockScope body(
                        *this, FBlock{BlockKind::HandlerCleanup, {}, {}, outer, nullptr, h->name});
                    compile_body(h->body);
                }
                u_->b.pop_handler(clause_handler);
                clear_handler_name(h->name, h->span);
                emit_goto(next, h->span);
                bind(raised);
                clear_handler_name(h->name, h->span);
                emit(Op::LIST_APPEND, 3, h->span);
                emit(Op::POP_TOP, h->span); // lasti
                emit_goto(next, h->span);
                bind(no_match);
                emit(Op::POP_TOP, h->span);
                bind(next);
            }
            emit(Op::LIST_APPEND, 1, s->span);
            emit(Op::PREP_RERAISE_STAR, s->span);
            emit(Op::COPY, 1, s->span);
            jump(Op::POP_JUMP_IF_NOT_NONE, reraise, s->span);
            u_->b.set_current_handler(outer);
            emit(Op::POP_TOP, s->span);
            emit(Op::POP_EXCEPT, s->span);
            emit_goto(end, s->span);
            bind(reraise);
            emit(Op::SWAP, 2, s->span);
            emit(Op::POP_EXCEPT, s->span);
            emit(Op::RERAISE, 0, s->span);
        }
        u_->b.pop_handler(cleanup_handler);
        bind(cleanup);
        pop_except_and_reraise(s->span);
        bind(end);
    }

    // ---- expressions ------------------------------------------------------------------------

    // Jumps to `target` when the truth of `e` equals `when`, without materialising `and`/`or`.
    void jump_if(const Expr* e, Label target, bool when) {
        if (auto* u = e->as<UnaryOp>(); u && u->op == UnaryOpKind::Not) {
            return jump_if(u->operand, target, !when);
        }
        if (auto* b = e->as<BoolOp>()) {
            // `a and b` is true when all are; `a or b` when any is.
            const bool is_or = b->op == BoolOpKind::Or;
            if (is_or == when) {
                for (Expr* v : b->values) jump_if(v, target, when);
            } else {
                Label skip = label();
                for (uint32_t i = 0; i + 1 < b->values.size; ++i) {
                    jump_if(b->values[i], skip, !when);
                }
                jump_if(b->values[b->values.size - 1], target, when);
                bind(skip);
            }
            return;
        }
        // CPython 3.11's compiler_jump_if leaves a comparison's location in effect for the
        // code after it, which is where an assert's AssertionError points.
        if (e->is<Compare>()) compare_location_ = e->span;
        compile_expr(e);
        jump(when ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target, e->span);
    }

    // RAII: bounds the C++ recursion over deeply nested code, which the symbol table
    // normally rejects first (CPython: "maximum recursion depth exceeded during compilation").
    class DepthGuard {
    public:
        explicit DepthGuard(Compiler& c, Span span) : c_(c) {
            if (++c_.depth_ > max_nesting) c_.fail(span, "too many nested expressions");
        }
        ~DepthGuard() { --c_.depth_; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;

    private:
        Compiler& c_;
    };
    static constexpr uint32_t max_nesting = 4000;

    void compile_expr(const Expr* e) {
        DepthGuard guard(*this, e->span);
        if (error_) return;
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* b = e->as<BoolOp>();
            Label end = label();
            const Op op =
                b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
            for (uint32_t i = 0; i < b->values.size; ++i) {
                compile_expr(b->values[i]);
                if (i + 1 < b->values.size) jump(op, end, b->values[i]->span);
            }
            bind(end);
            return;
        }
        case ExprKind::NamedExpr: {
            auto* n = e->as<NamedExpr>();
            compile_expr(n->value);
            emit(Op::COPY, 1, e->span);
            compile_store(n->target);
            return;
        }
        case ExprKind::BinOp: {
            auto* b = e->as<BinOp>();
            compile_expr(b->left);
            compile_expr(b->right);
            u_->b.emit_anchored(Op::BINARY_OP, static_cast<uint32_t>(b->op), e->span,
                                binop_anchor(b));
            return;
        }
        case ExprKind::UnaryOp:
            return compile_unary(e->as<UnaryOp>());
        case ExprKind::Lambda:
            return compile_lambda(e->as<Lambda>());
        case ExprKind::IfExp: {
            auto* x = e->as<IfExp>();
            Label orelse = label();
            Label end = label();
            jump_if(x->test, orelse, false);
            compile_expr(x->body);
            emit_goto(end, e->span);
            bind(orelse);
            compile_expr(x->orelse);
            bind(end);
            return;
        }
        case ExprKind::Dict:
            return compile_dict(e->as<ast::Dict>());
        case ExprKind::Set:
            return compile_sequence(e->as<Set>()->elts, Op::BUILD_SET, e->span);
        case ExprKind::List:
            return compile_sequence(e->as<List>()->elts, Op::BUILD_LIST, e->span);
        case ExprKind::Tuple:
            return compile_sequence(e->as<ast::Tuple>()->elts, Op::BUILD_TUPLE, e->span);
        case ExprKind::Compare:
            return compile_compare(e->as<Compare>());
        case ExprKind::Call:
            return compile_call(e->as<Call>());
        case ExprKind::Constant:
            emit_const(constant_of(e->as<ast::Constant>()), e->span);
            return;
        case ExprKind::Attribute: {
            auto* a = e->as<Attribute>();
            compile_expr(a->value);
            emit(Op::LOAD_ATTR, u_->b.add_name(mangled(a->attr)), e->span);
            return;
        }
        case ExprKind::Subscript: {
            auto* s = e->as<Subscript>();
            compile_expr(s->value);
            compile_slice_or_expr(s->slice);
            u_->b.emit_anchored(Op::BINARY_SUBSCR, 0, e->span, subscript_anchor(s));
            return;
        }
        case ExprKind::Name:
            return name_op(e->as<Name>()->id, ExprContext::Load, e->span);
        case ExprKind::Slice:
            return compile_slice_or_expr(e);
        case ExprKind::Starred:
            return fail(e->span, "can't use starred expression here");
        case ExprKind::ListComp: {
            auto* c = e->as<ListComp>();
            return compile_comprehension(e, "<listcomp>", Op::BUILD_LIST, c->generators, c->elt,
                                         nullptr);
        }
        case ExprKind::SetComp: {
            auto* c = e->as<SetComp>();
            return compile_comprehension(e, "<setcomp>", Op::BUILD_SET, c->generators, c->elt,
                                         nullptr);
        }
        case ExprKind::DictComp: {
            auto* c = e->as<DictComp>();
            return compile_comprehension(e, "<dictcomp>", Op::BUILD_MAP, c->generators, c->key,
                                         c->value);
        }
        case ExprKind::GeneratorExp: {
            auto* c = e->as<GeneratorExp>();
            return compile_comprehension(e, "<genexpr>", Op::YIELD_VALUE, c->generators, c->elt,
                                         nullptr);
        }
        case ExprKind::Await:
            compile_expr(e->as<Await>()->value);
            emit(Op::GET_AWAITABLE, e->span);
            emit_const(std::monostate{}, e->span);
            return compile_send_loop(e->span);
        case ExprKind::Yield: {
            auto* y = e->as<Yield>();
            if (y->value) {
                compile_expr(y->value);
            } else {
                emit_const(std::monostate{}, e->span);
            }
            if (in_async_generator()) emit(Op::ASYNC_GEN_WRAP, e->span);
            emit(Op::YIELD_VALUE, 0, e->span);
            return;
        }
        case ExprKind::YieldFrom:
            compile_expr(e->as<YieldFrom>()->value);
            emit(Op::GET_YIELD_FROM_ITER, e->span);
            emit_const(std::monostate{}, e->span);
            return compile_send_loop(e->span);
        case ExprKind::FormattedValue: {
            auto* f = e->as<FormattedValue>();
            compile_expr(f->value);
            uint32_t flags = f->conversion == 's'   ? 1
                             : f->conversion == 'r' ? 2
                             : f->conversion == 'a' ? 3
                                                    : 0;
            if (f->format_spec) {
                compile_expr(f->format_spec);
                flags |= 4;
            }
            emit(Op::FORMAT_VALUE, flags, e->span);
            return;
        }
        case ExprKind::JoinedStr: {
            auto* j = e->as<JoinedStr>();
            if (j->values.empty()) return emit_const(std::string(), e->span);
            for (Expr* v : j->values) compile_expr(v);
            if (j->values.size > 1) emit(Op::BUILD_STRING, j->values.size, e->span);
            return;
        }
        }
    }

    // ---- traceback anchors: CPython 3.11's extract_anchors_from_expr, done at compile time
    // since the instruction's range is exactly the node's ------------------------------------

    static bool is_whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\014' || c == '\n' || c == '\r';
    }

    bool on_one_line(Span span) const { return line_of(span) == source_->locate(span.end).line; }

    Span binop_anchor(const BinOp* b) const {
        if (!on_one_line(b->span)) return {};
        const std::string_view text = source_->text();
        Span anchor{};
        for (uint32_t i = b->left->span.end; i < b->right->span.begin; ++i) {
            if (is_whitespace(text[i])) continue;
            anchor = Span{i, i + 1};
            if (i + 1 < b->right->span.begin && !is_whitespace(text[i + 1])) ++anchor.end;
            // A closing parenthesis of the left operand is not the operator.
            if (i + 1 < b->right->span.begin && text[i] == ')') continue;
            break;
        }
        return anchor;
    }

    Span subscript_anchor(const Subscript* s) const {
        if (!on_one_line(s->span)) return {};
        const std::string_view text = source_->text();
        const uint32_t end = s->span.end;
        uint32_t left = s->value->span.end;
        uint32_t right = s->slice->span.end + 1;
        while (left < end && text[left] != '[') ++left;
        while (right < end && text[right] != ']') ++right;
        if (right < end) ++right;
        return Span{left, right};
    }

    bool in_async_generator() const { return u_->scope->is_generator && u_->scope->is_coroutine; }

    // [receiver, value]: CPython 3.11's yield-from loop, which `await` will share.
    void compile_send_loop(Span pos) {
        Label send = label();
        Label exit = label();
        bind(send);
        jump(Op::SEND, exit, pos);
        emit(Op::YIELD_VALUE, 1, pos);
        emit_goto(send, pos);
        bind(exit);
    }

    // Comprehensions run in their own function, called at once with the outermost iterator
    // as its one argument (`.0`), as in CPython 3.11. A generator expression's function is a
    // generator (`build` is YIELD_VALUE), so the call returns it unstarted.
    void compile_comprehension(const Expr* e, std::string_view name, Op build,
                               const Seq<Comprehension*>& generators, const Expr* elt,
                               const Expr* value) {
        const Scope* scope = symtable_.scope_of(e);
        const bool generator = build == Op::YIELD_VALUE;
        auto child = std::make_unique<CodeUnit>();
        child->name = std::string(name);
        child->qualname = scope->qualname;
        child->source = source_;
        child->first_line = line_of(e->span);
        child->flags = CodeOptimized | CodeNewLocals;
        if (u_->scope->kind != ScopeKind::Module) child->flags |= CodeNested;
        if (generator && scope->is_coroutine) {
            child->flags |= CodeAsyncGenerator;
        } else if (generator) {
            child->flags |= CodeGenerator;
        } else if (scope->is_coroutine) {
            child->flags |= CodeCoroutine;
        }
        child->argcount = 1;
        Unit unit = make_unit(*child, scope);
        Unit* outer = u_;
        u_ = &unit;
        if (!generator) emit(build, 0, e->span);
        comprehension_loop(generators, 0, elt, value, build, e->span);
        if (generator) emit_const(std::monostate{}, e->span);
        emit(Op::RETURN_VALUE, e->span);
        u_ = outer;
        if (error_) return;
        unit.b.assemble(*child);
        u_->out->children.push_back(std::move(child));
        make_function(e, static_cast<uint32_t>(u_->out->children.size() - 1), 0, e->span);
        compile_expr(generators[0]->iter);
        emit(generators[0]->is_async ? Op::GET_AITER : Op::GET_ITER, e->span);
        emit(Op::CALL, 0, e->span);
        if (scope->is_coroutine && !generator) {
            // An asynchronous comprehension is a coroutine, awaited at once.
            emit(Op::GET_AWAITABLE, 0, e->span);
            emit_const(std::monostate{}, e->span);
            compile_send_loop(e->span);
        }
    }

    // The loop instructions carry the whole comprehension's position, as in CPython.
    void comprehension_loop(const Seq<Comprehension*>& generators, uint32_t index, const Expr* elt,
                            const Expr* value, Op build, Span pos) {
        const Comprehension* g = generators[index];
        Label start = label();
        Label next = label();
        Label done = label();
        if (index == 0) {
            emit(Op::LOAD_FAST, 0, pos); // .0
        } else {
            compile_expr(g->iter);
            emit(g->is_async ? Op::GET_AITER : Op::GET_ITER, pos);
        }
        bind(start);
        if (g->is_async) {
            // As `async for`: END_ASYNC_FOR at `done` ends the loop on StopAsyncIteration.
            const int32_t next_handler = u_->b.push_handler(done, false);
            emit(Op::GET_ANEXT, pos);
            emit_const(std::monostate{}, pos);
            compile_send_loop(pos);
            u_->b.pop_handler(next_handler);
        } else {
            jump(Op::FOR_ITER, done, pos);
        }
        compile_store(g->target);
        for (Expr* cond : g->ifs) jump_if(cond, next, false);
        if (index + 1 < generators.size) {
            comprehension_loop(generators, index + 1, elt, value, build, pos);
        } else {
            // The collection sits below one iterator per generator.
            const uint32_t depth = generators.size + 1;
            compile_expr(elt);
            if (build == Op::YIELD_VALUE) {
                if (in_async_generator()) emit(Op::ASYNC_GEN_WRAP, elt->span);
                emit(Op::YIELD_VALUE, 0, elt->span);
                emit(Op::POP_TOP, elt->span);
            } else if (build == Op::BUILD_MAP) {
                compile_expr(value);
                emit(Op::MAP_ADD, depth, value->span);
            } else {
                emit(build == Op::BUILD_LIST ? Op::LIST_APPEND : Op::SET_ADD, depth, elt->span);
            }
        }
        bind(next);
        emit_goto(start, pos);
        bind(done);
        if (g->is_async) emit(Op::END_ASYNC_FOR, pos);
    }

    void compile_unary(const UnaryOp* u) {
        // Negative numeric literals are constants, as CPython's AST optimiser makes them.
        if (u->op == UnaryOpKind::USub) {
            if (auto* c = u->operand->as<ast::Constant>()) {
                if (c->value_kind == ConstantKind::Int && !c->big && c->small != INT64_MIN) {
                    emit_const(int64_t{-c->small}, u->span);
                    return;
                }
                if (c->value_kind == ConstantKind::Float) {
                    emit_const(-c->number, u->span);
                    return;
                }
            }
        }
        compile_expr(u->operand);
        static constexpr Op ops[] = {Op::UNARY_INVERT, Op::UNARY_NOT, Op::UNARY_POSITIVE,
                                     Op::UNARY_NEGATIVE};
        emit(ops[static_cast<int>(u->op)], u->span);
    }

    coil::Constant constant_of(const ast::Constant* c) {
        switch (c->value_kind) {
        case ConstantKind::None:
            return std::monostate{};
        case ConstantKind::True:
            return true;
        case ConstantKind::False:
            return false;
        case ConstantKind::Ellipsis:
            return ConstEllipsis{};
        case ConstantKind::Int:
            if (c->big) return ConstBigInt{std::string(c->text)};
            return c->small;
        case ConstantKind::Float:
            return c->number;
        case ConstantKind::Complex:
            return ConstComplex{c->number};
        case ConstantKind::Str:
            return std::string(c->text);
        case ConstantKind::Bytes:
            return ConstBytes{std::string(c->text)};
        }
        return std::monostate{};
    }

    void compile_slice_or_expr(const Expr* e) {
        auto* s = e->as<ast::Slice>();
        if (!s) return compile_expr(e);
        for (const Expr* part : {s->lower, s->upper}) {
            if (part) {
                compile_expr(part);
            } else {
                emit_const(std::monostate{}, e->span);
            }
        }
        if (s->step) compile_expr(s->step);
        emit(Op::BUILD_SLICE, s->step ? 3 : 2, e->span);
    }

    // list/tuple/set displays; starred items are spliced in through a list.
    void compile_sequence(const Seq<Expr*>& elts, Op build, Span pos) {
        bool starred = false;
        for (Expr* x : elts) starred |= x->is<Starred>();
        if (!starred) {
            for (Expr* x : elts) compile_expr(x);
            emit(build, elts.size, pos);
            return;
        }
        const bool is_set = build == Op::BUILD_SET;
        emit(is_set ? Op::BUILD_SET : Op::BUILD_LIST, 0, pos);
        for (Expr* x : elts) {
            if (auto* st = x->as<Starred>()) {
                compile_expr(st->value);
                emit(is_set ? Op::SET_UPDATE : Op::LIST_EXTEND, 1, x->span);
            } else {
                compile_expr(x);
                emit(is_set ? Op::SET_ADD : Op::LIST_APPEND, 1, x->span);
            }
        }
        if (build == Op::BUILD_TUPLE) emit(Op::LIST_TO_TUPLE, pos);
    }

    void compile_dict(const ast::Dict* d) {
        bool unpack = false;
        for (Expr* k : d->keys) unpack |= k == nullptr;
        if (!unpack) {
            for (uint32_t i = 0; i < d->keys.size; ++i) {
                compile_expr(d->keys[i]);
                compile_expr(d->values[i]);
            }
            emit(Op::BUILD_MAP, d->keys.size, d->span);
            return;
        }
        emit(Op::BUILD_MAP, 0, d->span);
        for (uint32_t i = 0; i < d->keys.size; ++i) {
            if (d->keys[i]) {
                compile_expr(d->keys[i]);
                compile_expr(d->values[i]);
                emit(Op::MAP_ADD, 1, d->values[i]->span);
            } else {
                compile_expr(d->values[i]);
                emit(Op::DICT_UPDATE, 1, d->values[i]->span);
            }
        }
    }

    void emit_compare(CmpOp op, Span pos) {
        switch (op) {
        case CmpOp::Eq:
            return emit(Op::COMPARE_OP, 2, pos);
        case CmpOp::NotEq:
            return emit(Op::COMPARE_OP, 3, pos);
        case CmpOp::Lt:
            return emit(Op::COMPARE_OP, 0, pos);
        case CmpOp::LtE:
            return emit(Op::COMPARE_OP, 1, pos);
        case CmpOp::Gt:
            return emit(Op::COMPARE_OP, 4, pos);
        case CmpOp::GtE:
            return emit(Op::COMPARE_OP, 5, pos);
        case CmpOp::Is:
            return emit(Op::IS_OP, 0, pos);
        case CmpOp::IsNot:
            return emit(Op::IS_OP, 1, pos);
        case CmpOp::In:
            return emit(Op::CONTAINS_OP, 0, pos);
        case CmpOp::NotIn:
            return emit(Op::CONTAINS_OP, 1, pos);
        }
    }

    void compile_compare(const Compare* c) {
        compile_expr(c->left);
        const uint32_t n = c->ops.size;
        if (n == 1) {
            compile_expr(c->comparators[0]);
            emit_compare(c->ops[0], c->span);
            return;
        }
        Label cleanup = label();
        Label end = label();
        for (uint32_t i = 0; i + 1 < n; ++i) {
            compile_expr(c->comparators[i]);
            emit(Op::SWAP, 2, c->span);
            emit(Op::COPY, 2, c->span);
            emit_compare(c->ops[i], c->span);
            jump(Op::JUMP_IF_FALSE_OR_POP, cleanup, c->span);
        }
        compile_expr(c->comparators[n - 1]);
        emit_compare(c->ops[n - 1], c->span);
        emit_goto(end, c->span);
        bind(cleanup);
        emit(Op::SWAP, 2, c->span);
        emit(Op::POP_TOP, c->span);
        bind(end);
    }

    void compile_call(const Call* c) {
        bool dynamic = false;
        for (Expr* a : c->args) dynamic |= a->is<Starred>();
        for (Keyword* k : c->keywords) dynamic |= k->arg.empty();
        auto* attr = c->func->as<Attribute>();
        if (attr && !dynamic) {
            compile_expr(attr->value);
            emit(Op::LOAD_METHOD, u_->b.add_name(mangled(attr->attr)), attr->span);
        } else {
            emit(Op::PUSH_NULL, c->span);
            compile_expr(c->func);
        }
        if (dynamic) return compile_call_ex(c);
        for (Expr* a : c->args) compile_expr(a);
        if (!c->keywords.empty()) {
            auto names = std::make_shared<ConstTuple>();
            for (Keyword* k : c->keywords) {
                compile_expr(k->value);
                names->items.emplace_back(std::string(k->arg));
            }
            emit(Op::KW_NAMES, u_->b.add_const(names), c->span);
        }
        emit(Op::CALL, c->args.size + c->keywords.size, c->span);
    }

    // f(*args, **kwargs): positional arguments as one tuple, keywords as one dict.
    void compile_call_ex(const Call* c) {
        // A lone *iterable goes to CALL_FUNCTION_EX as it is, which converts it (and names
        // the function when it is not iterable).
        if (c->args.size == 1 && c->args[0]->is<Starred>()) {
            compile_expr(c->args[0]->as<Starred>()->value);
        } else {
            compile_sequence(c->args, Op::BUILD_TUPLE, c->span);
        }
        compile_keywords_dict(c->keywords, c->span);
        emit(Op::CALL_FUNCTION_EX, c->keywords.empty() ? 0 : 1, c->span);
    }

    // The **kwargs dict of CALL_FUNCTION_EX (nothing when there are no keywords).
    void compile_keywords_dict(const Seq<Keyword*>& keywords, Span pos) {
        if (keywords.empty()) return;
        emit(Op::BUILD_MAP, 0, pos);
        for (Keyword* k : keywords) {
            if (k->arg.empty()) {
                compile_expr(k->value);
            } else {
                emit_const(std::string(k->arg), k->span);
                compile_expr(k->value);
                emit(Op::BUILD_MAP, 1, k->span);
            }
            emit(Op::DICT_MERGE, 1, k->span);
        }
    }

    static constexpr uint32_t binary_operator_count_ = 13;

    const SymbolTable& symtable_;
    std::shared_ptr<const SourceFile> source_;
    Unit* u_ = nullptr;
    Span compare_location_; // see jump_if
    uint32_t depth_ = 0;    // nesting of compile_expr/compile_stmt (DepthGuard)
    std::optional<SyntaxDiagnostic> error_;
};

} // namespace

CompileResult compile_module(const ast::Module& module, const SymbolTable& symtable,
                             std::shared_ptr<const SourceFile> source) {
    Compiler compiler(symtable, std::move(source));
    return compiler.run(module);
}

} // namespace coil::compiler

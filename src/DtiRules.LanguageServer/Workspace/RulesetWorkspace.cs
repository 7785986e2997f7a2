using DtiRules.Language.Syntax;
using DtiRules.Language.Text;
using DtiRules.LanguageServer.Analysis;
using DtiRules.LanguageServer.Protocol;

namespace DtiRules.LanguageServer.Workspace;

/// <summary>
/// The documents the editor holds open and the ruleset files beside them. Every read and change
/// goes through one lock; analyses are cached until a document or a file of the folder changes.
/// </summary>
internal sealed class RulesetWorkspace
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyntaxTree> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceText?> _disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Generation, DocumentAnalysis Analysis)> _analyses = new(StringComparer.Ordinal);
    private int _generation;

    /// <summary>The open documents.</summary>
    public IReadOnlyList<OpenDocument> OpenDocuments
    {
        get
        {
            lock (_gate)
            {
                return [.. _open.Values];
            }
        }
    }

    /// <summary>Opens (or reopens) a document with the editor's text.</summary>
    public OpenDocument Open(string uri, int version, string text)
    {
        var path = DocumentUri.ToPath(uri);
        var document = new OpenDocument(uri, path, version, SourceText.From(text, path));
        lock (_gate)
        {
            _open[path] = document;
            _generation++;
        }

        return document;
    }

    /// <summary>Applies the editor's changes in order; null when the document is not open.</summary>
    public OpenDocument? Change(string uri, int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var path = DocumentUri.ToPath(uri);
        lock (_gate)
        {
            if (!_open.TryGetValue(path, out var document))
            {
                return null;
            }

            var text = document.Text.Text;
            foreach (var change in changes)
            {
                text = Apply(SourceText.From(text, path), change);
            }

            document = document with { Version = version, Text = SourceText.From(text, path) };
            _open[path] = document;
            _generation++;
            return document;
        }
    }

    /// <summary>Closes a document: the file on disk counts again.</summary>
    public void Close(string uri)
    {
        lock (_gate)
        {
            _open.Remove(DocumentUri.ToPath(uri));
            _analyses.Remove(DocumentUri.ToPath(uri));
            _generation++;
        }
    }

    /// <summary>Files changed on disk: read them again.</summary>
    public void FilesChanged()
    {
        lock (_gate)
        {
            _disk.Clear();
            _generation++;
        }
    }

    /// <summary>The open document at <paramref name="uri"/>, or null.</summary>
    public OpenDocument? Find(string uri)
    {
        lock (_gate)
        {
            return _open.GetValueOrDefault(DocumentUri.ToPath(uri));
        }
    }

    /// <summary>The URI to name <paramref name="path"/> by: the editor's own when the file is open.</summary>
    public string UriOf(string path)
    {
        lock (_gate)
        {
            return _open.TryGetValue(path, out var document) ? document.Uri : DocumentUri.FromPath(path);
        }
    }

    /// <summary>The ruleset files of a folder: those on disk and those open in the editor, by path.</summary>
    public IReadOnlyList<string> FolderFiles(string? folder)
    {
        if (folder is null)
        {
            return [];
        }

        var onDisk = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dti") : [];
        lock (_gate)
        {
            return [.. onDisk.Select(Path.GetFullPath)
                .Concat(_open.Keys.Where(p => DocumentUri.FolderOf(p) == folder))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>The analysis of the file at <paramref name="path"/> (open or on disk), or null when it cannot be read.</summary>
    public DocumentAnalysis? Analyze(string path)
    {
        lock (_gate)
        {
            if (_analyses.TryGetValue(path, out var cached) && cached.Generation == _generation)
            {
                return cached.Analysis;
            }

            var text = TextOf(path);
            if (text is null)
            {
                return null;
            }

            var analysis = new DocumentAnalysis(path, text, LocatorFor(path));
            _analyses[path] = (_generation, analysis);
            return analysis;
        }
    }

    private WorkspaceLocator LocatorFor(string path)
    {
        var trees = new List<SyntaxTree>();
        foreach (var file in FolderFiles(DocumentUri.FolderOf(path)))
        {
            if (TextOf(file) is { } text)
            {
                trees.Add(Parse(text));
            }
        }

        return new WorkspaceLocator(trees);
    }

    private SourceText? TextOf(string path)
    {
        if (_open.TryGetValue(path, out var document))
        {
            return document.Text;
        }

        if (!_disk.TryGetValue(path, out var text))
        {
            text = File.Exists(path) ? WorkspaceLocator.ReadFile(path) : null;
            _disk[path] = text;
        }

        return text;
    }

    /// <summary>Parses a folder file once per text, so every analysis of the folder shares its trees.</summary>
    private SyntaxTree Parse(SourceText text)
    {
        if (_parsed.TryGetValue(text.Path, out var tree) && ReferenceEquals(tree.Text, text))
        {
            return tree;
        }

        tree = SyntaxTree.Parse(text);
        _parsed[text.Path] = tree;
        return tree;
    }

    private static string Apply(SourceText text, TextDocumentContentChangeEvent change)
    {
        var replacement = change.Text ?? string.Empty;
        if (change.Range is not { } range)
        {
            return replacement;
        }

        var start = PositionMapper.ToOffset(text, range.Start);
        var end = Math.Max(start, PositionMapper.ToOffset(text, range.End));
        return string.Concat(text.Text.AsSpan(0, start), replacement, text.Text.AsSpan(end));
    }
}

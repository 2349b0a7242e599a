namespace ForumHelper.Bot.Discord.Model;

/// <summary>The wire form of a modal callback (type 9): its <c>data</c> is the modal, not a message.</summary>
public sealed record ModalResponse(int Type, ModalData Data);

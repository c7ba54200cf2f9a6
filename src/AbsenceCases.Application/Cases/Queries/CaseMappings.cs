using AbsenceCases.Domain.Absences;
using AutoMapper;

namespace AbsenceCases.Application.Cases.Queries;

public sealed class CaseMappings : Profile
{
    public CaseMappings()
    {
        CreateMap<AbsenceSpell, SpellDto>().ForMember(d => d.AbsenceType, o => o.MapFrom(s => s.Type));
        CreateMap<Conversation, ConversationDto>();
        CreateMap<DocumentationRequest, DocumentationRequestDto>();
        CreateMap<CaseHistoryEntry, HistoryEntryDto>();
        CreateMap<PreventionMeasure, MeasureDto>();
        CreateMap<PreventionPlan, PreventionPlanDto>();
        CreateMap<Deadline, DeadlineDto>();
        CreateMap<AbsenceCase, CaseDetails>()
            .ForMember(d => d.Employee, o => o.Ignore())
            .ForMember(d => d.UnitName, o => o.Ignore())
            .ForMember(d => d.DaysAbsent, o => o.Ignore())
            .ForMember(d => d.Deadlines, o => o.Ignore())
            .ForMember(d => d.PermittedActions, o => o.Ignore())
            .ForMember(d => d.AbsencePattern, o => o.Ignore())
            .ForMember(d => d.RetentionPlan, o => o.MapFrom(c => c.RetentionPlan.Content))
            .ForMember(d => d.Spells, o => o.MapFrom(c => c.Spells.OrderBy(s => s.FirstDay)))
            .ForMember(d => d.History, o => o.MapFrom(c => c.History.OrderBy(h => h.At).ThenBy(h => h.Id)))
            .ForMember(d => d.Conversations, o => o.MapFrom(c => c.Conversations.OrderBy(x => x.HeldOn)))
            .ForMember(d => d.DocumentationRequests, o => o.MapFrom(c => c.DocumentationRequests.OrderBy(r => r.RequestedOn).ThenBy(r => r.Id)));
    }
}

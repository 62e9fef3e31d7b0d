package org.mediationledger.model;

/** Prevention flags with people counts (null = not flagged): 防止自杀, 防止民转刑, 制止群体性械斗, 制止群体性上访. */
public record Prevention(Integer suicide, Integer criminal, Integer groupFight, Integer groupPetition) {

    public static Prevention none() {
        return new Prevention(null, null, null, null);
    }
}
